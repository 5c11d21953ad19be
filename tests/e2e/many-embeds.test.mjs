// Twenty embeds on one host page (another origin, through embed.js), each a
// different view: every one loads, sizes to its own content, and answers
// only for itself. Memory per embed is measured by bench/hardening.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { start, until, fits, VIEWS, manyEmbedsPage } from './harness.mjs';

let h, host, hostUrl;
before(async () => {
  h = await start();
  const page = manyEmbedsPage(h.base);
  host = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${host.address().port}/`;
  h.allowOrigin(new URL(hostUrl).origin);
});

after(async () => {
  host.close();
  await h.close();
  assert.deepEqual(h.problems, []);
});

test('a host page with 20 embeds loads them all, each sized to its own content', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto(hostUrl);
  await until(async () => (await page.$$('iframe')).length === VIEWS.length, 'embed.js to make 20 frames');
  const heights = [];
  for (let i = 0; i < VIEWS.length; i++) {
    const sel = `section:nth-of-type(${i + 1}) iframe`;
    // Chromium renders cross-origin frames only near the viewport.
    await page.locator(sel).scrollIntoViewIfNeeded();
    const frame = await (await page.$(sel)).contentFrame();
    await frame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
    await until(() => fits(page, sel), `embed ${i + 1} (${VIEWS[i] || 'default'}) to fit`);
    heights.push(await page.$eval(sel, (f) => f.getBoundingClientRect().height));
    if (VIEWS[i].includes('cell=')) assert.equal(await frame.locator('.sm-panel:popover-open').count(), 1, 'its own view');
  }
  assert.ok(new Set(heights).size >= 10, `the views differ, and so do their heights: ${heights}`);
  // A change inside one embed resizes that one only.
  const others = heights.filter((_, i) => i !== 2);
  const third = await (await page.$('section:nth-of-type(3) iframe')).contentFrame();
  await page.locator('section:nth-of-type(3) iframe').scrollIntoViewIfNeeded();
  await third.click('button.sm-chip-toggle:has-text("Health")');
  await until(() => fits(page, 'section:nth-of-type(3) iframe'), 'embed 3 to follow its new content');
  const after = await page.$$eval('iframe', (fs) => fs.map((f) => f.getBoundingClientRect().height));
  assert.notEqual(after[2], heights[2]);
  assert.deepEqual(after.filter((_, i) => i !== 2), others, 'no other embed moved');
  await page.close();
});
