// Trunk post-build hook. Writes embed.html, the page news sites frame (the
// same widget, marked data-embed: transparent, tighter, not indexed), then
// makes every page work under a strict
// Content-Security-Policy. Trunk's loader is an inline <script>; this adds
// its SHA-256 hash to the policy's script-src and drops the build-time nonce
// placeholders (a nonce baked into a static file would protect nothing).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) {
  console.error('finish-build: set TRUNK_STAGING_DIR or pass the dist directory');
  process.exit(2);
}

const index = readFileSync(join(dir, 'index.html'), 'utf8');
writeFileSync(join(dir, 'embed.html'), index
  .replace('<html lang="en">', '<html lang="en" data-embed>')
  .replace(/<title>[^<]*<\/title>/, '<title>Summit Matrix (embed)</title>\n  <meta name="robots" content="noindex">'));

for (const name of readdirSync(dir).filter((f) => f.endsWith('.html') && f !== 'embed-demo.html')) {
  const file = join(dir, name);
  let html = readFileSync(file, 'utf8').replace(/ nonce="[^"]*"/g, '');
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim().length > 0)
    .map((body) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
  html = html.replace(/(<meta http-equiv="Content-Security-Policy" content="[^"]*script-src 'self' 'wasm-unsafe-eval')[^;"]*/, (_, head) =>
    [head, ...hashes].join(' '));
  writeFileSync(file, html);
  console.log(`finish-build: ${name}: ${hashes.length} inline script(s) hashed into the CSP`);
}
