// The installable offline app: service worker, offline reading, updates,
// and the web app manifest.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, rowIds } from './harness.mjs';

let h;
const releases = [];
before(async () => {
  h = await start();
  // Count service worker registrations, to check the embed makes none.
  await h.context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    window.__registrations = 0;
    ServiceWorkerContainer.prototype.register = function (...args) {
      window.__registrations += 1;
      return register.apply(this, args);
    };
  });
});
after(async () => {
  await h.close();
  for (const dir of releases) rmSync(dir, { recursive: true, force: true });
});

const controlled = (page) => page.evaluate(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) {
    await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  }
  return (await caches.keys()).filter((k) => k.startsWith('summit-matrix-'));
});

const frames = (page) => page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));

test('the embed page registers no service worker', async () => {
  const page = await h.open('embed.html');
  await frames(page);
  assert.equal(await page.evaluate(() => window.__registrations), 0);
  await page.close();
});

test('offline: the matrix, filters, a deep link and every article work with no network', async () => {
  const page = await h.open();
  await page.waitForFunction(() => window.__registrations === 1);
  const caches = await controlled(page);
  assert.equal(caches.length, 1);

  await h.stopServer();
  await h.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('.sm-matrix');
  assert.match(await page.textContent('.sm-offline'), /Offline/);
  const all = (await rowIds(page)).length;
  await page.click('button.sm-chip-toggle:has-text("Health")');
  assert.ok((await rowIds(page)).length < all, 'filters work offline');

  await page.goto(`${h.base}/?cat=security&q=deterrence`);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  assert.ok((await rowIds(page)).includes('deterrence'));
  assert.equal(await page.inputValue('#sm-q'), 'deterrence');

  for (const id of ['2021-05-moon-harris', '2022-05-yoon-biden', '2023-04-state-visit']) {
    await page.goto(`${h.base}/?article=${id}`);
    await page.waitForSelector('.sm-article h1');
    assert.ok((await page.$$('.sm-article p')).length > 3, `${id} has its paragraphs offline`);
  }
  await page.close();
  await h.context.setOffline(false);
});

test('a new release shows "Update available" and leaves only its own cache', async () => {
  // Build a changed version: the same dist with one precached file edited, re-finished.
  const next = mkdtempSync(join(tmpdir(), 'sm-release-'));
  releases.push(next);
  cpSync('dist', next, { recursive: true });
  appendFileSync(join(next, 'embed.js'), '\n/* release 2 */\n');
  execFileSync('node', ['scripts/build.mjs', next, '--pages']);
  await h.serveAgain(next);

  const page = await h.open();
  const [old] = await controlled(page);
  await page.waitForSelector('.sm-update', { timeout: 20000 });
  assert.match(await page.textContent('.sm-update'), /Update available/);
  const both = await page.evaluate(() => caches.keys());
  assert.equal(both.filter((k) => k.startsWith('summit-matrix-')).length, 2, 'old and new side by side until the reader reloads');

  await Promise.all([page.waitForEvent('load'), page.click('.sm-update button')]);
  await page.waitForSelector('.sm-matrix');
  const after = await page.evaluate(() => caches.keys());
  assert.equal(after.length, 1);
  assert.notEqual(after[0], old, 'the new version\'s cache replaced the old one');
  assert.equal(await page.locator('.sm-update').count(), 0);
  await page.close();
});

test('the manifest names every field and icon, served at the right size', async () => {
  const page = await h.open();
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  const manifest = await (await page.request.get(new URL(href, page.url()).href)).json();
  for (const key of ['id', 'name', 'short_name', 'start_url', 'scope', 'theme_color', 'background_color']) {
    assert.ok(manifest[key], `${key} is set`);
  }
  assert.equal(manifest.display, 'standalone');
  const sizes = new Set(manifest.icons.map((i) => i.sizes));
  assert.ok(sizes.has('192x192') && sizes.has('512x512'));
  assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, page.url()).href);
    assert.equal(response.headers()['content-type'], 'image/png');
    const png = await response.body();
    const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${w}x${h}`, icon.sizes, icon.src);
  }
  await page.close();
});
