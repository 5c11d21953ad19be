// Trunk post-build hook (also runnable as `node scripts/finish-build.mjs DIR`).
// 0. Prerenders the default view into index.html with the native `prerender`
//    binary (Yew's server renderer over the same components and data).
// 1. Writes embed.html, the page news sites frame (the same widget, marked
//    data-embed: transparent, tighter, not indexed).
// 2. Writes sw.js from static/sw.js with the build's file list and a hash of
//    their contents as the cache version, so each release has its own cache.
// 3. Makes every page work under a strict (stylesheets are inlined for first paint;
// Content-Security-Policy. Trunk's loader is an inline <script>; this adds
// its SHA-256 hash to the policy's script-src and drops the build-time nonce
// placeholders (a nonce baked into a static file would protect nothing).
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('finish-build: set TRUNK_STAGING_DIR or pass the dist directory');
  process.exit(2);
}

// Offline like Trunk's own cargo call (scripts/setup fetched every crate).
execFileSync('cargo', ['run', '--quiet', '--offline', '--bin', 'prerender', '--', dir], { stdio: 'inherit' });

// Start the WebAssembly after the first frame, so the prerendered view paints
// before the loader evaluates and compiles anything.
const AFTER_PAINT = 'await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));';
const page = readFileSync(join(dir, 'index.html'), 'utf8');
writeFileSync(join(dir, 'index.html'), page.includes(AFTER_PAINT) ? page : page.replace('const wasm = await init(', `${AFTER_PAINT}\nconst wasm = await init(`));

const index = readFileSync(join(dir, 'index.html'), 'utf8');
writeFileSync(join(dir, 'embed.html'), index
  .replace('<html lang="en">', '<html lang="en" data-embed>')
  .replace(/<title>[^<]*<\/title>/, '<title>Summit Matrix (embed)</title>\n  <meta name="robots" content="noindex">'));

for (const name of readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'embed-demo.html')) {
  hashScripts(name);
}

// The files a reader needs offline: everything but the demo host page and the worker itself.
const files = (function walk(d) {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [relative(dir, join(d, f))]));
})(dir).filter((f) => !['sw.js', 'embed-demo.html'].includes(f) && !f.startsWith('.')).sort();
const version = createHash('sha256');
for (const f of files) version.update(f).update(readFileSync(join(dir, f)));
const worker = readFileSync(new URL('../static/sw.js', import.meta.url), 'utf8')
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__ASSETS__', JSON.stringify(['./', ...files]));
writeFileSync(join(dir, 'sw.js'), worker);
console.log(`finish-build: sw.js precaches ${files.length + 1} files`);

function hashScripts(name) {
  const file = join(dir, name);
  let html = readFileSync(file, 'utf8').replace(/ nonce="[^"]*"/g, '');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim().length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)]
    .map((m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`);
  html = html
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval')[^;"]*/, (_, head) => [head, ...hashes].join(' '))
    .replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*style-src 'self')[^;"]*/, (_, head) => [head, ...styles].join(' '));
  writeFileSync(file, html);
  console.log(`finish-build: ${name}: ${hashes.length} inline script(s) and ${styles.length} stylesheet(s) hashed into the CSP`);
}
