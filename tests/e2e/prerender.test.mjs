// The prerendered page: readable before (and without) the WebAssembly, and
// hydrated in place, with no layout shift, when it arrives.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, rowIds } from './harness.mjs';
import { exported } from './data.mjs';

const runs = [];
after(async () => { for (const h of runs) await h.close(); });

test('without JavaScript the default matrix and every article are readable', async () => {
  const h = await start({ javaScriptEnabled: false });
  runs.push(h);
  const page = await h.open();
  const data = exported();
  assert.equal((await rowIds(page)).length, data.topics.length);
  assert.match(await page.textContent('#sm-deck'), /Leaders named \d+ areas of cooperation in 2021/);
  // The sources link every article; the links lead to them.
  const links = await page.$$eval('.sm-sources a[data-article]', (a) => a.map((x) => x.textContent));
  assert.deepEqual(links, data.documents.map((d) => d.title));
  await page.click(`.sm-sources a:has-text("${data.documents[0].title}")`);
  await page.waitForURL(/articles\.html#article-/);
  const articles = await page.$$eval('article', (a) => a.map((x) => x.querySelector('h2').textContent));
  assert.deepEqual(articles, data.documents.map((d) => d.title));
  assert.ok(await page.evaluate(() => document.querySelector(location.hash).getBoundingClientRect().top < innerHeight), 'the linked article is in view');
  const text = await page.textContent('main');
  assert.ok(text.includes('Harris requested Seoul\'s support'));
  for (const noise of ['arirang mobile', 'Back to you', 'Also Read']) assert.ok(!text.includes(noise), noise);
  await page.close();
});

test('the WebAssembly hydrates the prerendered matrix in place, without layout shift', async () => {
  const h = await start();
  runs.push(h);
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
  });
  // Hold the WebAssembly back until the prerendered page has been seen.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(h.base + '/');
  await page.waitForSelector('.sm-matrix');
  assert.equal((await rowIds(page)).length, exported().topics.length, 'the matrix is there before the WebAssembly');
  await page.evaluate(() => { document.querySelector('table.sm-matrix').dataset.seen = 'before'; });
  release();
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  // The controls first; the matrix, its own Yew root, once the page is idle.
  await page.waitForSelector('#sm-matrix-root[data-sm-ready]', { state: 'attached' });
  assert.equal(await page.getAttribute('table.sm-matrix', 'data-seen'), 'before', 'the same table, hydrated, not replaced');
  await page.click('button.sm-chip-toggle:has-text("Health")');
  await page.waitForFunction(() => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length === 2);
  assert.ok((await page.evaluate(() => window.__shift)) < 0.001, 'no layout shift');
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('a deep link hydrates the default view and then shows its own', async () => {
  const h = await start();
  runs.push(h);
  const page = await h.context.newPage();
  await page.addInitScript(() => {
    // The table the build wrote, marked as the parser adds it.
    new MutationObserver((_, watch) => {
      const table = document.querySelector('table.sm-matrix');
      if (table) { table.dataset.seen = 'before'; watch.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${h.base}/?cat=health&cell=covid:2021`);
  await page.waitForSelector('.sm-panel:popover-open');
  // The view changed before the page was idle: the matrix was taken over
  // then, hydrated as the build wrote it and then filtered, not replaced.
  await page.waitForSelector('#sm-matrix-root[data-sm-ready]', { state: 'attached' });
  await page.waitForFunction(() => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length === 2);
  assert.deepEqual(new Set(await rowIds(page)), new Set(exported().topics.filter((t) => t.category === 'health').map((t) => t.id)));
  assert.equal(await page.getAttribute('table.sm-matrix', 'data-seen'), 'before', 'the same table');
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('a filter used before the matrix is taken over reaches the screen whole, on a slow phone', async () => {
  const h = await start();
  runs.push(h);
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    // A reader's tap on a category in the task after the widget went live,
    // while the matrix is still the build's: every frame from then on shows
    // the result line and the matrix in agreement (the controls and the
    // matrix are two Yew roots, and hydrating the matrix first takes long).
    window.__frames = [];
    new MutationObserver((_, watch) => {
      if (!document.documentElement.hasAttribute('data-sm-ready')) return;
      watch.disconnect();
      setTimeout(() => {
        window.__takenBefore = document.getElementById('sm-matrix-root').hasAttribute('data-sm-ready');
        document.querySelector('button.sm-chip-toggle.sm-cat-3').click();
        const frame = () => {
          const said = Number(/(\d+) of/.exec(document.querySelector('.sm-result').textContent)?.[1]);
          const shown = document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length;
          window.__frames.push([said, shown]);
          if (window.__frames.length < 30) requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sm-ready'] });
  });
  await page.goto(`${h.base}/`);
  await page.waitForFunction(() => window.__frames.length >= 30, null, { timeout: 20_000 });
  assert.equal(await page.evaluate(() => window.__takenBefore), false, 'the tap came before the take-over');
  const frames = await page.evaluate(() => window.__frames);
  const health = exported().topics.filter((t) => t.category === 'health').length;
  assert.deepEqual(frames.at(-1), [health, health], 'the filter applied');
  for (const [said, shown] of frames) assert.equal(shown, said, `a frame showed ${shown} rows under "${said} of"`);
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('a widget that cannot start leaves the reading widget, which says what needs it and hides those controls', async () => {
  const h = await start();
  runs.push(h);
  const page = await h.context.newPage();
  // As in a browser too old for the widget's WebAssembly, or one whose policy blocks it.
  await page.route('**/*.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') }));
  await page.goto(`${h.base}/`);
  await page.waitForSelector('html[data-sm-static="failed"]', { state: 'attached' });
  // The browser has WebAssembly: the note says the widget could not start, not that WebAssembly is missing.
  assert.ok(await page.isVisible('.sm-static-note[data-for="failed"]'), 'the note says what needs the widget');
  assert.equal(await page.isVisible('.sm-static-note[data-for="no-wasm"]'), false);
  assert.match(await page.textContent('.sm-static-note[data-for="failed"]'), /^Filters, search and downloads could not start here\. Every number still opens its sentences\.$/);
  for (const css of ['.sm-filters', '[data-download]', '[data-copy]']) assert.equal(await page.isVisible(css), false, `${css} is hidden`);
  assert.equal((await rowIds(page)).length, exported().topics.length, 'every area is still there');
  await page.click('#sm-cell-cyber-2023');
  await page.waitForSelector('.sm-panel:popover-open', { state: 'visible' });
  assert.equal(await page.locator('html[data-sm-ready]').count(), 0);
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('a browser that runs the widget never shows the fixed-view note', async () => {
  const h = await start();
  runs.push(h);
  const page = await h.open();
  assert.equal(await page.isVisible('.sm-static-note'), false);
  await page.close();
});
