// The widget built on a corpus that tries to run code (tests/fixtures/hostile,
// built by scripts/test into target/dist-hostile with the panic probe on).
// Every payload would set window.__pwned, open a dialog, or request x, /x or
// evil.example if it ever ran or loaded. The harness fails on any dialog,
// policy violation or request to another origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { start, ARTIFACTS } from './harness.mjs';

const DIST = 'target/dist-hostile';
const FIXTURES = 'tests/fixtures/hostile';
// Elements any payload would create if its markup were parsed as HTML.
const PLANTED = 'img, iframe, object, embed, form, base, svg[onload], meta[http-equiv="refresh"], link[href*="evil"], style:not(head style), script:not([src])';

let h;
before(async () => {
  assert.ok(existsSync(join(DIST, 'index.html')), `${DIST} is missing: scripts/test builds it`);
  h = await start({ dist: DIST });
});
after(async () => {
  await h.close();
  assert.deepEqual(h.problems, [], 'no dialogs, errors, policy violations or foreign requests');
});

/** Asserts nothing planted exists, ran or was requested. */
async function inert(page, requested) {
  assert.equal(await page.locator(PLANTED).count(), 0, 'no planted element');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no planted script ran');
  const loaded = requested.filter((p) => /\/(x|y)$/.test(p) || p.includes('evil'));
  assert.deepEqual(loaded, [], 'nothing planted was requested');
}

test('titles, sources, places and sentences full of markup render as the text they are', async () => {
  const requested = [];
  h.context.on('request', (r) => requested.push(new URL(r.url()).host + new URL(r.url()).pathname));
  const page = await h.open('?cell=covid:2021');
  await page.waitForSelector('.sm-panel:popover-open');
  const panel = await page.textContent('.sm-panel:popover-open');
  assert.ok(panel.includes("<script>window.__pwned = 'body'</script>"), panel);
  await page.screenshot({ path: join(ARTIFACTS, 'hostile-evidence.png') });
  await inert(page, requested);

  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.md'))) {
    const id = file.replace(/\.md$/, '');
    await page.goto(`${h.base}/?article=${id}`);
    await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
    await page.waitForSelector('.sm-article');
    const text = await page.textContent('.sm-article');
    const title = readFileSync(join(FIXTURES, file), 'utf8').match(/^title = "(.*)"$/m)[1].replace(/\\"/g, '"');
    assert.ok(text.includes(title), `${id}: the title as written, ${title}`);
    await inert(page, requested);
  }
  await page.close();
});

test('without JavaScript the prerendered page and its articles are just as inert', async () => {
  const off = await start({ dist: DIST, javaScriptEnabled: false });
  try {
    const page = await off.open();
    for (const path of ['', 'articles.html']) {
      await page.goto(`${off.base}/${path}`);
      assert.equal(await page.locator(PLANTED).count(), 0, `${path}: nothing planted`);
      assert.equal(await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length), 0, `${path}: no inline script`);
    }
    const body = await page.textContent('body');
    assert.ok(body.includes("</noscript><script>window.__pwned = 'noscript'</script>"), 'the noscript breakout is text');
  } finally {
    await off.close();
    assert.deepEqual(off.problems, []);
  }
});

test('a panic replaces the widget with a message and a reload link that brings it back', async () => {
  const page = await h.open('?cat=security');
  const before = h.problems.length;
  const thrown = await page.evaluate(() => { try { window.wasmBindings.panic_probe(); return 'returned'; } catch (e) { return String(e); } });
  assert.match(thrown, /unreachable|RuntimeError/, 'the probe really panicked');
  const alert = page.locator('.sm-fatal[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /stopped because of an unexpected error.*the panic probe was called/s);
  assert.equal(await page.locator('.sm-matrix').count(), 0, 'the dead widget is gone, not frozen');
  await page.screenshot({ path: join(ARTIFACTS, 'panic.png') });
  const expected = h.problems.splice(before);
  assert.ok(expected.length > 0 && expected.every((p) => p.includes('panic probe')), expected.join('\n'));

  await Promise.all([page.waitForEvent('load'), page.click('.sm-fatal a')]);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  assert.equal(await page.locator('.sm-fatal').count(), 0);
  assert.equal(await page.getAttribute('button.sm-chip-toggle:has-text("Security")', 'aria-pressed'), 'true', 'the link kept the view');
  await page.close();
});
