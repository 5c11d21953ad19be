// The build, in the order it runs. `trunk build` copies the static files
// (index.html lists them) into its staging folder and runs this as its
// post-build hook; `node scripts/build.mjs DIR` runs it on a folder by hand.
//
//   node scripts/build.mjs [DIR]          the whole build
//   node scripts/build.mjs DIR --pages    a built folder's pages again (with
//                                         another SUMMIT_PUBLIC_URL, say),
//                                         keeping its WebAssembly and scripts
//
// Every locale (a file in src/locales/) is built the same way by the same
// steps: its own WebAssembly, carrying only its texts, its boot script and
// its pages. English, the fallback, names its files without a code
// (index.html, boot-<hash>.js), the others with theirs (index.ko.html,
// boot.ko-<hash>.js), as `Locale::file_name` names pages.
//
// Environment: SUMMIT_CORPUS (the articles, see build.rs), SUMMIT_FEATURES
// (cargo features of the WebAssembly, for test builds), SUMMIT_PUBLIC_URL
// (the address dist/ is published at: share tags, oEmbed, the policy).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bindAndOptimise, minified } from './wasm-build.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? join(root, 'dist');
const pagesOnly = process.argv.includes('--pages');

/** The stylesheets, in cascade order, that make the page's one stylesheet. */
const STYLESHEETS = ['styles/tokens.css', 'styles/widget.css', 'styles/print.css'];
/** The page's own scripts and the oldest syntax each must run in (they run where the widget cannot). */
const PAGE_SCRIPTS = [['head.js', 'es5'], ['frame.js', 'es5'], ['embed.js', 'es2017']];
/** What the offline copy leaves out: the demo host page, the worker itself, the server's headers, and what only
 * content systems and share previews read (social cards, oEmbed responses, view pages). */
const NOT_OFFLINE = (file) => ['sw.js', 'embed-demo.html', 'embed-demo.css', '_headers'].includes(file)
  || file.startsWith('.') || file.startsWith('social-card') || file.startsWith('oembed') || file.startsWith('view/');

// SUMMIT_LOCALES_DIR: another folder of locale files (a test's throwaway third language); core/build.rs reads it too.
const locales = localesOf(process.env.SUMMIT_LOCALES_DIR ?? join(root, 'src/locales'));
if (!pagesOnly) {
  const started = locales.map((code) => bootScript(code, webAssembly(code)));
  const stylesheetFile = stylesheet();
  pageScripts(locales);
  say(`${started.join(', ')} start the widget; ${stylesheetFile} styles every page`);
}
const policy = contentPolicy();
pages(locales, policy);
offlineList();

/** The locale codes: one per file in src/locales, English (the fallback) first. */
function localesOf(folder) {
  const codes = readdirSync(folder).filter((f) => f.endsWith('.toml')).map((f) => f.slice(0, -'.toml'.length));
  return codes.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** A file's name in a locale: English carries no code. */
function named(stem, code) {
  return code === 'en' ? stem : `${stem}.${code}`;
}

/** `text` written as `<stem>-<hash>.<ext>` in the build; returns that name. */
function hashedFile(stem, ext, text) {
  const name = `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;
  writeFileSync(join(dir, name), text);
  return name;
}

/** The widget's WebAssembly with only `code`'s texts (build.rs reads SUMMIT_LOCALE), bound and optimised;
 * returns its bindings' and its own file names. */
function webAssembly(code) {
  const features = process.env.SUMMIT_FEATURES ? ['--features', process.env.SUMMIT_FEATURES] : [];
  execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown',
    '-p', 'summit-matrix', '--bin', 'summit-matrix', ...features],
  { cwd: root, env: { ...process.env, SUMMIT_LOCALE: code }, stdio: 'inherit' });
  const built = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'wasm32-unknown-unknown', 'release', 'summit-matrix.wasm');
  const { wasm, glue } = bindAndOptimise(built);
  const stem = `${named('summit-matrix', code)}-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}`;
  writeFileSync(join(dir, `${stem}_bg.wasm`), wasm);
  writeFileSync(join(dir, `${stem}.js`), glue);
  return { glue: `${stem}.js`, wasm: `${stem}_bg.wasm` };
}

/** The boot script of `code`'s pages (static/boot.js, naming its WebAssembly); returns its file name. */
function bootScript(code, { glue, wasm }) {
  const boot = readFileSync(join(root, 'static/boot.js'), 'utf8').replace('__BINDINGS__', glue).replace('__WASM__', wasm);
  return hashedFile(named('boot', code), 'js', minified(boot, 'js'));
}

/** The stylesheets as one minified file; returns its name. */
function stylesheet() {
  const css = STYLESHEETS.map((file) => readFileSync(join(root, file), 'utf8')).join('\n');
  return hashedFile('summit', 'css', minified(css, 'css'));
}

/** The page's own scripts, minified for the browsers each must run in; head.js learns the locales. */
function pageScripts(codes) {
  for (const [file, target] of PAGE_SCRIPTS) {
    const code = readFileSync(join(root, 'static', file), 'utf8').replace('__LOCALES__', JSON.stringify(codes));
    writeFileSync(join(dir, file), minified(code, 'js', target));
  }
}

/** The Content-Security-Policy of static/_headers, with the public origin (when SUMMIT_PUBLIC_URL gives one)
 * beside every 'self', written to the build's _headers; the pages carry it too. In a frame sandboxed without
 * allow-same-origin (WordPress's), Safari matches 'self' against the frame's opaque origin, so nothing of the
 * page's own would load: the named origin still matches. Chromium and Firefox match 'self' there as the page's
 * address. */
function contentPolicy() {
  const headers = readFileSync(join(root, 'static/_headers'), 'utf8');
  const line = headers.split('\n').find((l) => l.trim().startsWith('Content-Security-Policy:'));
  if (!line) fail('static/_headers has no Content-Security-Policy line');
  const base = line.slice(line.indexOf(':') + 1).trim();
  const address = process.env.SUMMIT_PUBLIC_URL ?? '';
  const origin = address.startsWith('https://') || address.startsWith('http://') ? new URL(address).origin : null;
  const policy = origin ? base.replaceAll("'self'", `'self' ${origin}`) : base;
  writeFileSync(join(dir, '_headers'), headers.replace(base, policy));
  return policy;
}

/** Every locale's pages, manifest and social card, and the oEmbed files, written by the native prerender
 * (src/bin/prerender.rs) around the files the steps before made. */
function pages(codes, policy) {
  const files = readdirSync(dir);
  const one = (prefix, ext) => {
    const found = files.filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(`.${ext}`) && f.length === prefix.length + 18 + ext.length);
    if (found.length !== 1) fail(`expected one ${prefix}-<hash>.${ext} in ${dir}, found ${found.length}`);
    return found[0];
  };
  const boots = codes.flatMap((code) => ['--boot', `${code}=${one(named('boot', code), 'js')}`]);
  execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'prerender', '--', dir,
    '--stylesheet', one('summit', 'css'), '--policy', policy, ...boots], { cwd: root, stdio: 'inherit' });
}

/** sw.js from static/sw.js: the files a reader needs offline, and a hash of them as the cache's version, so
 * each release has its own cache. */
function offlineList() {
  const files = (function walk(d) {
    return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [relative(dir, join(d, f))]));
  })(dir).filter((f) => !NOT_OFFLINE(f)).sort();
  const version = createHash('sha256');
  for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
  const worker = readFileSync(join(root, 'static/sw.js'), 'utf8')
    .replace('__VERSION__', version.digest('hex').slice(0, 16))
    .replace('__ASSETS__', JSON.stringify(['./', ...files]));
  writeFileSync(join(dir, 'sw.js'), minified(worker, 'js'));
  say(`sw.js precaches ${files.length + 1} files`);
}

function say(message) {
  console.log(`build: ${message}`);
}

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}
