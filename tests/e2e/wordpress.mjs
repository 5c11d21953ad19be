// A real WordPress for the embed tests: WordPress 6.1 from Debian's
// `wordpress` package (scripts/setup installs it with php-cli, php-mysql and
// mariadb-server), not a replica of its embed code. What a publisher's site
// does to an oEmbed provider's HTML (discovery, wp_filter_oembed_result's kses
// and sandbox, the secret, wp-embed.min.js on the page) is what the widget has
// to live in, so the tests paste the widget's link into a real post and read
// the page WordPress renders.
// `startWordPress()` runs everything private to one temp dir and removes it in
// close(): a MariaDB server of its own (its own datadir and socket, no
// network), a WordPress tree that links to /usr/share/wordpress but has its
// own wp-config.php (so Debian's /etc/wordpress is never read or written) and
// its own wp-content (the packaged Twenty Twenty-Three theme, WordPress 6.1's
// default, or a minimal classic theme when that package is absent), and PHP's
// built-in server. One must-use plugin lets WordPress fetch from a provider on
// this machine: it refuses loopback hosts and ports other than 80, 443 and
// 8080 unless `http_request_host_is_external` and `http_allowed_safe_ports`
// say otherwise (wp-includes/http.php, wp_http_validate_url). Nothing else is
// changed; WP_HTTP_BLOCK_EXTERNAL keeps it from trying the internet, which this
// machine does not have (127.0.0.1 and localhost stay allowed).
// `embedPost(link, title)` publishes a post holding the block editor's embed
// markup for `link` and returns the post's address. WordPress fetches the
// provider the first time that page is requested and keeps the result in the
// post's meta, so publish a new post for each variant of a provider.
// WordPress 6.1 puts wp-embed.min.js on the page only when the provider's HTML
// has a <blockquote> before the iframe (wp_maybe_enqueue_oembed_host_js in
// wp-includes/embed.php); it then hides the iframe until the frame posts a
// message with the secret. With an iframe alone there is no script and the
// frame keeps the provider's height.
import { spawn, execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WP = '/usr/share/wordpress';
const DEFAULT_THEME = 'twentytwentythree';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => existsSync(p)) ?? 'mariadbd';
const INSTALL_DB = existsSync('/usr/bin/mariadb-install-db') ? 'mariadb-install-db' : 'mysql_install_db';

/** Cleanups of the instances not closed yet, run when the process ends. */
const live = new Set();
let hooked = false;
function hookExit() {
  if (hooked) return;
  hooked = true;
  const cleanup = () => { for (const kill of live) kill(); live.clear(); };
  process.on('exit', cleanup);
  // A signal ends the process without 'exit': clean up, then die of the signal
  // as before, unless someone else listens for it.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, function onSignal() {
      cleanup();
      if (process.listenerCount(signal) === 1) {
        process.removeListener(signal, onSignal);
        process.kill(process.pid, signal);
      }
    });
  }
}

const delay = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `check` until it returns something truthy; fails with `what` after `ms`. */
async function waitFor(what, check, { ms = 30_000, every = 25, failed } = {}) {
  const end = Date.now() + ms;
  for (;;) {
    const why = failed?.();
    if (why) throw new Error(`${what}: ${why}`);
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`${what}: not within ${ms} ms`);
    await delay(every);
  }
}

const freePort = () => new Promise((ok, fail) => {
  const server = createServer().once('error', fail);
  server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => ok(port)); });
});

const answers = (port) => new Promise((ok) => {
  const socket = connect(port, '127.0.0.1');
  socket.once('connect', () => { socket.destroy(); ok(true); });
  socket.once('error', () => ok(false));
});

const run = (file, args, options) => new Promise((ok, fail) => {
  execFile(file, args, { maxBuffer: 16 << 20, ...options }, (error, stdout, stderr) => {
    if (error) fail(new Error(`${file} ${args[0] ?? ''} failed (${error.code ?? error.signal}): ${stderr || stdout}`.trim()));
    else ok(stdout);
  });
});

const tail = (file, n = 20) => {
  try { return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join('\n'); } catch { return ''; }
};

const php = (value) => `'${String(value).replace(/[\\']/g, '\\$&')}'`;

/** Lets WordPress fetch oEmbed from this machine's loopback, on any port. */
const MU_PLUGIN = `<?php
/*
 * Plugin Name: Local oEmbed provider (tests only)
 * WordPress refuses requests to loopback and private hosts (unless the host is
 * the site's own) and to ports other than 80, 443 and 8080: wp_http_validate_url
 * in wp-includes/http.php. The test's provider is a server on 127.0.0.1.
 */
add_filter( 'http_request_host_is_external', '__return_true' );
add_filter( 'http_allowed_safe_ports', function ( $ports, $host, $url ) {
	$port = parse_url( $url, PHP_URL_PORT );
	if ( $port ) {
		$ports[] = (int) $port;
	}
	return $ports;
}, 10, 3 );
`;

/** A classic theme with just what a theme must print: wp_head, the post, wp_footer. */
const MINIMAL_THEME = {
  'style.css': '/*\nTheme Name: Summit Matrix test (minimal)\nDescription: The post and nothing else, for the embed tests.\n*/\n',
  'index.php': `<!doctype html>
<html <?php language_attributes(); ?>>
<head>
<meta charset="<?php bloginfo( 'charset' ); ?>">
<meta name="viewport" content="width=device-width, initial-scale=1">
<?php wp_head(); ?>
</head>
<body <?php body_class(); ?>>
<?php wp_body_open(); ?>
<main>
<?php while ( have_posts() ) : the_post(); ?>
<article <?php post_class(); ?>><h1><?php the_title(); ?></h1><?php the_content(); ?></article>
<?php endwhile; ?>
</main>
<?php wp_footer(); ?>
</body>
</html>
`,
};

/** Loads WordPress from the test tree. Used by the two command-line scripts below. */
const PRELUDE = (root) => `<?php
$args = json_decode( $argv[1], true );
$_SERVER['HTTP_HOST'] = $args['host'];
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
$root = ${php(root)};
`;

const INSTALL_PHP = (root, socket) => `${PRELUDE(root)}
// The server is up once its socket file exists; wait until it takes connections.
mysqli_report( MYSQLI_REPORT_OFF );
$deadline = microtime( true ) + 30;
while ( ! ( $db = @mysqli_connect( 'localhost', 'root', '', '', 0, ${php(socket)} ) ) ) {
	if ( microtime( true ) > $deadline ) {
		fwrite( STDERR, 'MariaDB: ' . mysqli_connect_error() . "\\n" );
		exit( 1 );
	}
	usleep( 20000 );
}
mysqli_query( $db, 'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci' ) or exit( 1 );
mysqli_close( $db );

define( 'WP_INSTALLING', true );
require $root . '/wp-load.php';
// Pluggable: no mail to the new administrator.
function wp_new_blog_notification() {}
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
// wp_install() tries pretty permalinks by requesting the site; keep plain ?p= links.
add_filter( 'pre_http_request', function () { return new WP_Error( 'test-install', 'no requests while installing' ); } );
$result = wp_install( 'Summit Matrix test', 'admin', 'admin@example.com', false, '', wp_generate_password( 20 ) );
switch_theme( $args['theme'] );
if ( get_stylesheet() !== $args['theme'] ) {
	fwrite( STDERR, "theme {$args['theme']} did not activate\\n" );
	exit( 1 );
}
echo json_encode( array( 'user' => $result['user_id'], 'theme' => get_stylesheet() ) );
`;

const POST_PHP = (root) => `${PRELUDE(root)}
require $root . '/wp-load.php';
// The administrator, as in the editor: kses leaves an unfiltered_html user's post alone.
wp_set_current_user( 1 );
$id = wp_insert_post( wp_slash( array(
	'post_title'   => $args['title'],
	'post_content' => $args['content'],
	'post_status'  => 'publish',
	'post_type'    => 'post',
	'post_author'  => 1,
) ), true );
if ( is_wp_error( $id ) ) {
	fwrite( STDERR, $id->get_error_message() . "\\n" );
	exit( 1 );
}
echo json_encode( array( 'id' => $id, 'url' => get_permalink( $id ) ) );
`;

/** The block editor's markup for an embed block holding `link`. */
export const embedBlock = (link) => `<!-- wp:embed ${JSON.stringify({ url: link })} -->
<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">
${link}
</div></figure>
<!-- /wp:embed -->`;

const paragraph = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;

/**
 * Starts a private WordPress. `theme`: 'twentytwentythree' (the default when
 * Debian's wordpress-theme-twentytwentythree is installed) or 'minimal'.
 * Returns { base, theme, embedPost(link, title, { before, after }), close() };
 * `before`/`after` are paragraphs of text around the embed.
 */
export async function startWordPress({ theme } = {}) {
  if (!existsSync(join(WP, 'wp-load.php'))) throw new Error(`no WordPress in ${WP}: run scripts/setup`);
  const packaged = existsSync(join(WP, 'wp-content/themes', DEFAULT_THEME, 'theme.json'));
  theme ??= packaged ? DEFAULT_THEME : 'minimal';
  if (theme !== DEFAULT_THEME && theme !== 'minimal') throw new Error(`theme: '${DEFAULT_THEME}' or 'minimal', not '${theme}'`);
  if (theme === DEFAULT_THEME && !packaged) throw new Error(`${DEFAULT_THEME} is not installed (Debian: wordpress-theme-twentytwentythree)`);

  const dir = mkdtempSync(join(tmpdir(), 'sm-wordpress-'));
  const root = join(dir, 'www');
  const data = join(dir, 'mysql');
  const socket = join(dir, 'mysqld.sock');
  const children = new Set();
  let closed = false;

  // If the test process ends without close(), leave nothing running.
  const kill = () => {
    for (const child of children) try { process.kill(child.group ? -child.pid : child.pid, 'SIGKILL'); } catch {}
    rmSync(dir, { recursive: true, force: true });
  };
  live.add(kill);
  hookExit();

  const start = (file, args, { group = false, env, log } = {}) => {
    const fd = openSync(log, 'a');
    const child = spawn(file, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', fd, fd], detached: group });
    closeSync(fd);
    child.group = group;
    child.exited = null;
    child.once('exit', (code, signal) => { child.exited = `exited (${signal ?? code})`; children.delete(child); });
    child.once('error', (error) => { child.exited = error.message; children.delete(child); });
    children.add(child);
    child.unref(); // a test that forgets close() still ends; the exit hook stops the child
    return child;
  };

  const stop = async (child) => {
    if (child.exited) return;
    const done = new Promise((ok) => child.once('exit', ok));
    const signal = (name) => { try { process.kill(child.group ? -child.pid : child.pid, name); } catch {} };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 10_000);
    await done;
    clearTimeout(timer);
  };

  const close = async () => {
    if (closed) return;
    closed = true;
    await Promise.all([...children].map(stop));
    live.delete(kill);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // MariaDB, private: no option files, its own datadir and socket, no TCP.
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    const innodb = ['--innodb-buffer-pool-size=32M', '--innodb-log-file-size=8M'];
    await run(INSTALL_DB, ['--no-defaults', `--datadir=${data}`, ...asRoot, '--auth-root-authentication-method=normal',
      '--skip-test-db', '--skip-name-resolve', ...innodb], { cwd: dir });
    const mariadb = start(MARIADBD, ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, `--pid-file=${join(dir, 'mysqld.pid')}`,
      '--skip-networking', ...asRoot, `--tmpdir=${dir}`, `--log-error=${join(dir, 'mariadb.log')}`, ...innodb,
      '--innodb-flush-log-at-trx-commit=0', '--innodb-doublewrite=0', '--innodb-buffer-pool-dump-at-shutdown=0',
      '--innodb-buffer-pool-load-at-startup=0', '--character-set-server=utf8mb4', '--collation-server=utf8mb4_unicode_ci'],
    { log: join(dir, 'mariadb.out') });

    // The WordPress tree: Debian's files, linked, except what has to be ours.
    // The top-level scripts are copied, not linked, because wp-load.php takes
    // ABSPATH (and so wp-config.php) from its own real directory.
    mkdirSync(root);
    for (const name of readdirSync(WP)) {
      if (name === 'wp-config.php' || name === 'wp-content') continue;
      if (name.endsWith('.php')) cpSync(join(WP, name), join(root, name));
      else symlinkSync(join(WP, name), join(root, name));
    }
    const content = join(root, 'wp-content');
    for (const sub of ['themes', 'plugins', 'mu-plugins', 'uploads', 'languages']) mkdirSync(join(content, sub), { recursive: true });
    writeFileSync(join(content, 'index.php'), '<?php\n// Silence is golden.\n');
    writeFileSync(join(content, 'mu-plugins/local-oembed.php'), MU_PLUGIN);
    if (theme === DEFAULT_THEME) symlinkSync(join(WP, 'wp-content/themes', DEFAULT_THEME), join(content, 'themes', DEFAULT_THEME));
    else {
      mkdirSync(join(content, 'themes', theme));
      for (const [name, text] of Object.entries(MINIMAL_THEME)) writeFileSync(join(content, 'themes', theme, name), text);
    }
    writeFileSync(join(dir, 'install.php'), INSTALL_PHP(root, socket));
    writeFileSync(join(dir, 'post.php'), POST_PHP(root));

    // PHP's built-in server on a free port (chosen again if another process takes it first).
    let server, port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
        .map((key) => `define( '${key}', '${randomBytes(24).toString('hex')}' );`).join('\n');
      writeFileSync(join(root, 'wp-config.php'), `<?php
// This test's WordPress (tests/e2e/wordpress.mjs); Debian's /etc/wordpress is not used.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys}
$table_prefix = 'wp_';
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
define( 'WP_CONTENT_DIR', __DIR__ . '/wp-content' );
define( 'WP_CONTENT_URL', '${base}/wp-content' );
define( 'WP_DEBUG', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`);
      server = start('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
        group: true, env: { PHP_CLI_SERVER_WORKERS: '4' }, log: join(dir, 'php.log'),
      });
      try {
        await waitFor('PHP server', () => answers(port), { ms: 15_000, failed: () => server.exited });
        break;
      } catch (error) {
        await stop(server);
        if (attempt === 3) throw new Error(`${error.message}\n${tail(join(dir, 'php.log'))}`);
      }
    }
    const base = `http://127.0.0.1:${port}`;
    const host = `127.0.0.1:${port}`;

    await waitFor('MariaDB socket', () => existsSync(socket), {
      failed: () => mariadb.exited && `${mariadb.exited}\n${tail(join(dir, 'mariadb.log'))}`,
    });
    const installed = JSON.parse(await run('php', [join(dir, 'install.php'), JSON.stringify({ host, theme })], { cwd: root }));

    const embedPost = async (link, title = 'An embed', { before = '', after = '' } = {}) => {
      const blocks = [before && paragraph(before), embedBlock(link), after && paragraph(after)].filter(Boolean);
      const out = await run('php', [join(dir, 'post.php'), JSON.stringify({ host, title, content: blocks.join('\n\n') })], { cwd: root });
      return JSON.parse(out).url;
    };

    return { base, theme: installed.theme, embedPost, close };
  } catch (error) {
    const logs = ['mariadb.log', 'php.log'].map((f) => tail(join(dir, f), 10)).filter(Boolean).join('\n');
    await close();
    if (logs) error.message += `\n${logs}`;
    throw error;
  }
}
