// A new language is its locale file and nothing else in code: a throwaway
// third locale, a copy of English under the test code `zz`, in a copy of
// src/locales (SUMMIT_LOCALES_DIR, which core/build.rs and scripts/build.mjs
// read), builds with the same build as English and Korean. It gets its own
// WebAssembly and boot script, its pages, manifest, social card and oEmbed
// files, passes the locale completeness tests, and its page starts and
// opens a cell's sentences. Its credit fields are left empty, as a newsroom
// that sets none would: its pages carry no trace of a credit line, while
// English keeps its own. Then it is removed (the copy is temporary).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../e2e/harness.mjs';

const locales = mkdtempSync(join(tmpdir(), 'sm-locales-'));
const dist = 'target/dist-third';
const env = { ...process.env, SUMMIT_LOCALES_DIR: locales, SUMMIT_PUBLIC_URL: 'https://news.example/g/' };
after(() => rmSync(locales, { recursive: true, force: true }));

test('a copy of English as a third locale builds, prerenders and passes the locale tests', { timeout: 15 * 60 * 1000 }, async () => {
  cpSync('src/locales', locales, { recursive: true });
  const english = readFileSync(join(locales, 'en.toml'), 'utf8');
  const blank = english.replace(/^(byline|credit|updated) = ".*"$/gm, '$1 = ""');
  assert.notEqual(blank, english, 'the English file sets a credit line');
  writeFileSync(join(locales, 'zz.toml'), blank);
  execFileSync('trunk', ['build', '--release=true', '--dist', dist], { env, stdio: 'pipe' });
  const files = readdirSync(dist);
  for (const name of ['index.zz.html', 'embed.zz.html', 'articles.zz.html', 'manifest.zz.webmanifest', 'social-card.zz.png', 'oembed.zz.json']) {
    assert.ok(files.includes(name), `${name} is built`);
  }
  assert.ok(existsSync(join(dist, 'view', 'security.zz.html')), 'its view pages are written');
  assert.match(readFileSync(join(dist, 'index.zz.html'), 'utf8'), /<html lang="zz">/);
  const boot = readFileSync(join(dist, 'index.zz.html'), 'utf8').match(/src="\.\/(boot\.zz-[0-9a-f]+\.js)"/)?.[1];
  assert.ok(boot, 'its page starts its own boot script');
  const wasm = readFileSync(join(dist, boot), 'utf8').match(/summit-matrix\.zz-[0-9a-f]+_bg\.wasm/)?.[0];
  assert.ok(wasm && files.includes(wasm), 'which loads its own WebAssembly');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.zz.webmanifest'), 'utf8'));
  assert.deepEqual([manifest.lang, manifest.start_url], ['zz', './index.zz.html']);
  assert.match(readFileSync(join(dist, 'head.js'), 'utf8'), /"zz"/, 'the page script knows the locale');
  assert.match(readFileSync(join(dist, 'index.html'), 'utf8'), /class="sm-credit"/, 'English has its credit line');
  for (const page of ['index.zz.html', 'embed.zz.html']) {
    const html = readFileSync(join(dist, page), 'utf8');
    assert.ok(!/sm-credit|Updated|Graphic:/.test(html), `${page}: no credit line, no empty element, no separator`);
  }

  execFileSync('cargo', ['test', '--quiet', '--offline', '-p', 'summit-core', '--test', 'locales'], { env, stdio: 'pipe' });

  const h = await start({ dist });
  try {
    const page = await h.open('index.zz.html');
    assert.equal(await page.getAttribute('html', 'lang'), 'zz');
    await page.click('button.sm-cell[popovertarget]');
    await page.waitForSelector('.sm-panel:popover-open blockquote');
    assert.deepEqual(h.problems, []);
  } finally {
    await h.close();
  }
});
