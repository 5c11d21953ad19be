// Trunk post-build hook (also runnable as `node scripts/finish-build.mjs DIR`).
// 0. Prerenders the default view with the native `prerender` binary (Yew's
//    server renderer over the same components and data) into one page per
//    locale, index.html and index.ko.html, and their embed pages, embed.html
//    and embed.ko.html (the same widget, marked data-embed: transparent,
//    tighter, not indexed).
// 1. Makes the pages work under the strict Content-Security-Policy in
//    static/_headers, which allows no inline script or style: Trunk's inline
//    loader becomes an async boot-<hash>.js (from static/boot.js, which
//    fetches the WebAssembly while the page is parsed and starts the widget
//    once it is), the inlined stylesheets
//    become one summit-<hash>.css (each page's <meta> policy is written by
//    applyPolicy, every time). The build fails if anything inline is left. (In
//    index.html the stylesheet comes before static/head.js, so both load at
//    once: the script blocks the parser, and a stylesheet after it would
//    not even be requested until it had run.)
// 2. Minifies every script and the stylesheet (esbuild, for the browsers the
//    README supports; the scripts that must run anywhere, head.js,
//    frame.js and embed.js, for older ones).
// 2b. Builds the WebAssembly again for each other locale (SUMMIT_LOCALE=ko:
//    the same widget carrying only that locale's texts, see build.rs), with
//    wasm-bindgen and wasm-opt as Trunk ran them (scripts/wasm-build.mjs:
//    the wasm-opt level and parameters are read from index.html), and gives the locale's pages
//    (index.ko.html, embed.ko.html, articles.ko.html) their own boot script,
//    so a page downloads one language. It inherits Trunk's environment
//    (SUMMIT_CORPUS), not its cargo flags: a --features build's other
//    locales are built with the default features.
// Then, every time: the policy of the public address (applyPolicy, below).
// 3. Writes sw.js from static/sw.js with the build's file list and a hash of
//    their contents as the cache version, so each release has its own cache.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { bindAndOptimise, minified } from './wasm-build.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('finish-build: set TRUNK_STAGING_DIR or pass the dist directory');
  process.exit(2);
}
const fail = (message) => {
  console.error(`finish-build: ${message}`);
  process.exit(1);
};
const source = (name) => readFileSync(new URL(`../static/${name}`, import.meta.url), 'utf8');
const hashed = (stem, ext, text) => `${stem}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;

// A build finished before (a test finishing a copied release again) keeps each page's own boot script: the
// prerender writes every locale's pages from index.html, whose boot script starts the English WebAssembly.
const isPage = (f) => /^(index|embed|articles)(\.[a-z]{2})?\.html$/.test(f);
const bootSrc = /<script type="module" async src="\.\/(boot[^"]*\.js)"><\/script>/;
const kept = Object.fromEntries(readdirSync(dir).filter(isPage)
  .map((f) => [f, readFileSync(join(dir, f), 'utf8').match(bootSrc)?.[1]]).filter(([, boot]) => boot));

// Offline like Trunk's own cargo call (scripts/setup fetched every crate).
execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'prerender', '--', dir], { stdio: 'inherit' });
for (const [name, boot] of Object.entries(kept)) {
  const html = readFileSync(join(dir, name), 'utf8');
  writeFileSync(join(dir, name), html.replace(bootSrc, `<script type="module" async src="./${boot}"></script>`));
}

// The prerendered pages: index.html, embed.html and articles.html, and the same per locale (index.ko.html …).
const pages = readdirSync(dir).filter(isPage).sort();
// Run again on finished output (a test re-finishing a copied release), the pages keep their
// boot script and stylesheet; only the prerender and sw.js are redone.
const index = readFileSync(join(dir, 'index.html'), 'utf8');
if (!/<script type="module" async src="\.\/boot-/.test(index)) finishPages();

// The policy, in dist/_headers and each page's <meta>: static/_headers's, with the public origin (when
// SUMMIT_PUBLIC_URL gives one) beside every 'self'. In a frame sandboxed without allow-same-origin
// (WordPress's), Safari matches 'self' against the frame's opaque origin, so nothing of the page's own would
// load: the named origin still matches. Chromium and Firefox match 'self' there as the page's address.
applyPolicy();

// The files a reader needs offline: everything but the demo host page, the worker itself, the social cards and
// what only content systems read (the oEmbed responses and the view pages, which lead to the page).
const files = (function walk(d) {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [relative(dir, join(d, f))]));
})(dir).filter((f) => !['sw.js', 'embed-demo.html', 'embed-demo.css', '_headers'].includes(f) && !f.startsWith('.')
  && !f.startsWith('social-card') && !/^oembed(\.[a-z]{2})?\.json$/.test(f) && !f.startsWith('view/')).sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const worker = source('sw.js')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__ASSETS__', JSON.stringify(['./', ...files]));
writeFileSync(join(dir, 'sw.js'), minified(worker, 'js'));
console.log(`finish-build: sw.js precaches ${files.length + 1} files`);

function finishPages() {
  const loader = index.match(/<script type="module"[^>]*>([\s\S]*?)<\/script>/);
  const bindings = loader?.[1].match(/from '\.\/([^']+\.js)'/)?.[1];
  const wasm = loader?.[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
  if (!bindings || !wasm) fail("Trunk's loader script has changed shape; update scripts/finish-build.mjs");
  const bootScript = (glueFile, wasmFile, stem) => {
    const boot = minified(source('boot.js').replace('__BINDINGS__', glueFile).replace('__WASM__', wasmFile), 'js');
    const name = hashed(stem, 'js', boot);
    writeFileSync(join(dir, name), boot);
    return name;
  };
  const bootFile = bootScript(bindings, wasm, 'boot');
  const glue = minified(readFileSync(join(dir, bindings), 'utf8'), 'js');
  writeFileSync(join(dir, bindings), glue);
  // Each other locale's pages get their own WebAssembly and boot script.
  const locales = [...new Set(pages.map((p) => p.match(/\.([a-z]{2})\.html$/)?.[1]).filter(Boolean))];
  const localeBoot = Object.fromEntries(locales.map((code) => [code, bootScript(...localeBuild(code), `boot.${code}`)]));
  for (const [file, target] of [['head.js', 'es5'], ['frame.js', 'es5'], ['embed.js', 'es2017']]) {
    const code = readFileSync(join(dir, file), 'utf8').replace('__LOCALES__', JSON.stringify(['en', ...locales]));
    writeFileSync(join(dir, file), minified(code, 'js', target));
  }

  const styles = [...index.matchAll(/<style[^>]*>([\s\S]*?)<\/style>\s*/g)];
  const css = minified(styles.map((m) => m[1]).join('\n'), 'css');
  const cssFile = hashed('summit', 'css', css);
  writeFileSync(join(dir, cssFile), css);

  for (const name of pages) {
    const code = name.match(/\.([a-z]{2})\.html$/)?.[1];
    const pageBoot = code ? localeBoot[code] : bootFile;
    let html = readFileSync(join(dir, name), 'utf8').replace(loader[0], `<script type="module" async src="./${pageBoot}"></script>`);
    html = styles.reduce((page, m, i) => page.replace(m[0], i === 0 ? `<link rel="stylesheet" href="./${cssFile}">\n  ` : ''), html);
    // No preloads of the WebAssembly and its bindings: fetched while the
    // page is parsed, they delay its first paint (static/boot.js fetches them).
    html = html.replace(/\s*<link rel="(?:modulepreload|preload)" href="\.\/summit-matrix-[^"]+"[^>]*>/g, '');
    const inline = html.match(/<script(?![^>]*\bsrc=)[^>]*>|<style[\s>]|<[a-z][^>]*\s(?:style|on[a-z]+)=/i);
    if (inline) fail(`${name} still has inline code the policy forbids: ${inline[0].slice(0, 80)}`);
    writeFileSync(join(dir, name), html);
  }
  console.log(`finish-build: ${bootFile} and ${cssFile} replace the inline loader and ${styles.length} inline stylesheets in ${pages.join(', ')}`);
}

function applyPolicy() {
  const headers = source('_headers');
  const base = headers.match(/^\s*Content-Security-Policy: (.+)$/m)?.[1];
  if (!base) fail('static/_headers has no Content-Security-Policy line');
  const origin = /^https?:\/\//.test(process.env.SUMMIT_PUBLIC_URL ?? '') ? new URL(process.env.SUMMIT_PUBLIC_URL).origin : null;
  const policy = origin ? base.replaceAll("'self'", `'self' ${origin}`) : base;
  writeFileSync(join(dir, '_headers'), headers.replace(base, policy));
  for (const name of pages) {
    const html = readFileSync(join(dir, name), 'utf8');
    const meta = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*"/;
    if (!meta.test(html)) fail(`${name} lacks the Content-Security-Policy <meta>`);
    writeFileSync(join(dir, name), html.replace(meta, `$1${policy}"`));
  }
}

/** Builds the widget's WebAssembly with only `code`'s texts; returns its [glue, wasm] file names in dir. */
function localeBuild(code) {
  const root = new URL('..', import.meta.url).pathname;
  const env = { ...process.env, SUMMIT_LOCALE: code };
  execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'summit-matrix', '--bin', 'summit-matrix'],
    { cwd: root, env, stdio: 'inherit' });
  const built = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'wasm32-unknown-unknown', 'release', 'summit-matrix.wasm');
  const { wasm, glue } = bindAndOptimise(built);
  const stem = `summit-matrix.${code}-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}`;
  writeFileSync(join(dir, `${stem}_bg.wasm`), wasm);
  writeFileSync(join(dir, `${stem}.js`), glue);
  console.log(`finish-build: ${stem}_bg.wasm carries the ${code} pages' texts`);
  return [`${stem}.js`, `${stem}_bg.wasm`];
}
