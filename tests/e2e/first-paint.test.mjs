// The page answers from its first paint: with JavaScript off, and when a
// reader taps a number before the WebAssembly has started, every number
// opens its sentences, and the widget takes over what is open without a
// seam. In Chromium; the same without WebAssembly runs in every engine
// (reading.mjs).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { start, rowIds, until } from './harness.mjs';
import { cellSentences, evidenceInEmbed } from './reading.mjs';
import { chromiumEngine } from './drivers.mjs';
import { startSite } from './site.mjs';

const runs = [];
after(async () => { for (const h of runs) await h.close(); });

const axe = async (page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);

/** What a reader sees of the open panel, the cell and the page, at this moment. */
const openPanel = (cellId) => {
  const panel = document.querySelector('.sm-panel:popover-open');
  if (!panel) return null;
  const box = (el) => { const r = el.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; };
  const onScreen = (r) => r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
  return {
    id: panel.id,
    count: document.querySelectorAll('.sm-panel:popover-open').length,
    quotes: [...panel.querySelectorAll('blockquote')].map((q) => q.textContent.trim()),
    onScreen: onScreen(box(panel)) && onScreen(box(panel.querySelector('h2'))) && onScreen(box(panel.querySelector('.sm-close'))),
    cell: cellId && box(document.getElementById(cellId)),
    panel: box(panel),
  };
};

test('without JavaScript every number opens all its sentences, closes with Escape or its button, and gives focus back', async () => {
  const h = await start({ javaScriptEnabled: false });
  runs.push(h);
  const expected = cellSentences();
  for (const [path, width, height] of [['', 1280, 900], ['', 390, 844], ['index.ko.html', 390, 844], ['index.ko.html', 1280, 900]]) {
    const page = await h.open(path, { width, height });
    // A phone's sheet rises into place; without motion it is read where it comes to rest.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await page.isVisible('noscript .sm-note'), true, 'the note says what needs JavaScript');
    for (const css of ['.sm-filters', '[data-download]', '[data-copy]']) assert.equal(await page.isVisible(css), false, `${css} is hidden`);
    const cells = await page.$$eval('button.sm-cell', (cs) => cs.map((c) => c.id));
    assert.deepEqual(cells.sort(), Object.keys(expected).sort());
    for (const [i, id] of cells.entries()) {
      await page.click(`#${id}`);
      const seen = await page.evaluate(openPanel, id);
      assert.ok(seen, `${id} opens its evidence (${path} at ${width} px)`);
      assert.equal(seen.count, 1);
      assert.deepEqual(seen.quotes.sort(), [...expected[id]].sort(), id);
      assert.ok(seen.onScreen, `${id}: the evidence, its heading and its close button are on screen`);
      // Alternately Escape and the close button; the browser gives focus back to the cell.
      if (i % 2) await page.keyboard.press('Escape');
      else await page.click('.sm-panel:popover-open .sm-close');
      // (Without JavaScript Playwright's own waits, which poll by animation frame, may stall: ask the page.)
      await until(() => page.evaluate(() => !document.querySelector('.sm-panel:popover-open')), `${id} to close`);
      assert.equal(await page.evaluate(() => document.activeElement.id), id, `${id}: focus back on the cell`);
    }
    await page.close();
  }
  // "Read the article" lands on the sentence.
  const page = await h.open('', { width: 1280, height: 900 });
  await page.click('#sm-cell-climate-2023');
  const quote = await page.textContent('.sm-panel:popover-open blockquote');
  await page.click('.sm-panel:popover-open a[data-article]');
  await until(() => /articles\.html#sm-s-/.test(page.url()), 'the articles page');
  await until(() => page.evaluate(() => document.readyState === 'complete').catch(() => false), 'the articles page to load');
  assert.equal((await page.textContent(':target')).trim(), quote.trim());
  assert.ok(await page.evaluate(() => { const r = document.querySelector(':target').getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; }));
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('axe finds nothing wrong with the page as none of its scripts runs, with evidence open, at 390 and 1280 px', async () => {
  // axe is a script itself, so this page runs it but none of its own: the
  // markup and the stylesheet's placement are those of a page without
  // JavaScript (its <noscript> note aside, which is one paragraph).
  const h = await start();
  runs.push(h);
  for (const width of [390, 1280]) {
    const page = await h.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.route(/\.(js|wasm)$/, (route) => route.abort());
    await page.goto(`${h.base}/`);
    await page.click('#sm-cell-climate-2023');
    await page.waitForSelector('.sm-panel:popover-open');
    assert.equal(await page.getAttribute('.sm-panel:popover-open', 'data-placed'), null, 'placed by the stylesheet alone');
    assert.deepEqual(await axe(page), [], `axe at ${width} px`);
    await page.close();
  }
  // The aborted scripts are the only problems.
  assert.deepEqual(h.problems.filter((p) => !/net::ERR_FAILED|Failed to load resource/.test(p)), []);
});

/** A cold load on a slow phone (CPU 4×) with the WebAssembly held back until `release()`, and a tap on `cell` as soon as the page has painted: how long the tap took to show its result (Event Timing, to the next paint) and whether the panel was legible in that first frame. */
async function tapAtFirstPaint(h, cell) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 412, height: 915 });
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    // The tap's own timing: from the input to the frame that shows its result.
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tap = e; }).observe({ type: 'first-input', buffered: true });
    // How the panel looks in that frame: legible, not at the start of a fade.
    document.addEventListener('beforetoggle', (e) => {
      if (e.newState === 'open') requestAnimationFrame(() => { window.__firstFrameOpacity = getComputedStyle(e.target).opacity; });
    }, true);
  });
  // The WebAssembly held back, as on a slow link.
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${h.base}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.click(`#${cell}`);
  await page.waitForFunction(() => window.__tap);
  const tap = await page.evaluate(() => ({ name: window.__tap.name, duration: window.__tap.duration, opacity: window.__firstFrameOpacity }));
  return { page, release, tap };
}

test('a tap at first paint on a slow phone shows the sentences at once, and the widget takes them over when it starts', async () => {
  const h = await start();
  runs.push(h);
  // Three cold loads, and their median: one load's frame on two shared
  // cores moves by tens of milliseconds (BENCHMARKS.md).
  // (Each closed before the next, which would share its renderer.) The last
  // load goes on: the widget starts and takes over what is open.
  const loads = [];
  for (let i = 0; i < 3; i++) {
    loads.push(await tapAtFirstPaint(h, 'sm-cell-space-2023'));
    if (i < 2) await loads[i].page.close();
  }
  for (const { tap } of loads) assert.equal(tap.opacity, '1', 'the sentences are legible in the first frame that shows the panel');
  const durations = loads.map(({ tap }) => tap.duration).sort((a, b) => a - b);
  assert.ok(durations[1] < 100, `the tap was answered in ${durations.join(', ')} ms (${loads[0].tap.name}): median ${durations[1]}`);
  const { page, release } = loads.at(-1);
  // Where it comes to rest once it has settled into place.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
  const before = await page.evaluate(openPanel, 'sm-cell-space-2023');
  assert.equal(before?.id, 'sm-ev-space-2023', 'the sentences are shown before the widget starts');
  assert.ok(before.onScreen);
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-sm-ready')), false, 'the widget had not started');
  await page.evaluate(() => { document.querySelector('.sm-panel:popover-open').dataset.seen = 'before'; });

  release();
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  // Still open, once, the same element, where it was, and now in the address.
  await page.waitForURL((u) => u.searchParams.get('cell') === 'space:2023');
  const after = await page.evaluate(openPanel, 'sm-cell-space-2023');
  assert.equal(after.count, 1);
  assert.equal(await page.getAttribute('.sm-panel:popover-open', 'data-seen'), 'before', 'the same panel, not a copy');
  assert.deepEqual(after.panel, before.panel, 'it did not move');
  assert.ok((await page.evaluate(() => window.__shift)) < 0.001, 'nothing shifted as the widget started');
  // The widget's close and focus work on it; the address follows.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.sm-panel:popover-open', { state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sm-cell-space-2023');
  await page.waitForURL((u) => !u.searchParams.has('cell'));
  // A filter used with the evidence open still works (the click outside closes the evidence).
  await page.click('#sm-cell-space-2023');
  await page.waitForURL((u) => u.searchParams.get('cell') === 'space:2023');
  await page.click('.sm-filter-toggle');
  await page.click('button.sm-chip-toggle:has-text("Health")');
  await page.waitForFunction(() => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length === 2);
  await page.waitForURL((u) => u.searchParams.get('cat') === 'health' && !u.searchParams.has('cell'));
  assert.equal((await rowIds(page)).length, 2);
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('a finger already down when the WebAssembly arrives: the page answers that tap, and the widget starts after it', async () => {
  const h = await start();
  runs.push(h);
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 412, height: 915 });
  await page.addInitScript(() => {
    window.__order = [];
    document.addEventListener('toggle', (e) => { if (e.newState === 'open') window.__order.push('open'); }, true);
    new MutationObserver((_, watch) => {
      if (document.documentElement.hasAttribute('data-sm-ready')) { window.__order.push('ready'); watch.disconnect(); }
    }).observe(document, { attributes: true, subtree: true });
  });
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(`${h.base}/`, { waitUntil: 'domcontentloaded' });
  await page.locator('#sm-cell-space-2023').scrollIntoViewIfNeeded();
  const cell = await page.locator('#sm-cell-space-2023').boundingBox();
  await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2);
  await page.mouse.down();
  // The WebAssembly arrives while the finger is down, and the page has idle
  // moments after it: when the widget would start, were nobody touching it.
  const arrived = page.waitForResponse('**/*.wasm');
  release();
  await (await arrived).finished();
  await page.evaluate(() => new Promise((done) => {
    let left = 4;
    const next = () => (--left ? requestIdleCallback(next) : done());
    requestIdleCallback(next);
  }));
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-sm-ready')), false, 'the widget waits while the finger is down');
  await page.mouse.up();
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  assert.deepEqual(await page.evaluate(() => window.__order), ['open', 'ready'], 'the page answered the tap, then the widget started');
  const open = await page.evaluate(openPanel, 'sm-cell-space-2023');
  assert.equal(open?.id, 'sm-ev-space-2023');
  assert.equal(open.count, 1);
  await page.waitForURL((u) => u.searchParams.get('cell') === 'space:2023');
  await page.close();
  assert.deepEqual(h.problems, []);
});

test('the evidence never moves the matrix, keeps its heading and close button in view, and leaves its cell visible', async () => {
  const h = await start();
  runs.push(h);
  for (const [width, height] of [[360, 740], [1280, 900]]) {
    const page = await h.open('', { width, height });
    const table = () => document.querySelector('table.sm-matrix').getBoundingClientRect().toJSON();
    const cols = () => [...document.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width);
    // The longest evidence, opened from a cell low on the screen.
    const id = await page.evaluate(() => [...document.querySelectorAll('button.sm-cell')].sort((a, b) => parseInt(b.textContent) - parseInt(a.textContent))[0].id);
    await page.evaluate((id) => { const c = document.getElementById(id); scrollBy(0, c.getBoundingClientRect().top - innerHeight * 0.7); }, id);
    const scrolled = await page.evaluate(() => scrollY);
    const [tableBefore, colsBefore] = [await page.evaluate(table), await page.evaluate(cols)];
    await page.click(`#${id}`);
    const seen = await page.evaluate(openPanel, id);
    assert.ok(seen.onScreen, `${width}: the evidence on screen`);
    const c = seen.cell, p = seen.panel;
    assert.ok(c.bottom <= p.top || c.top >= p.bottom || c.right <= p.left || c.left >= p.right, `${width}: the cell stays visible beside its evidence`);
    assert.deepEqual([await page.evaluate(table), await page.evaluate(cols)], [tableBefore, colsBefore], `${width}: the matrix did not move or reflow`);
    assert.equal(await page.evaluate(() => scrollY), scrolled, `${width}: the page did not scroll`);
    // Scrolled to its last sentence, the evidence still shows its heading and close button.
    await page.evaluate(() => { const p = document.querySelector('.sm-panel:popover-open'); p.scrollTop = p.scrollHeight; });
    const head = await page.evaluate(() => {
      const p = document.querySelector('.sm-panel:popover-open').getBoundingClientRect();
      return ['h2', '.sm-close'].map((css) => { const r = document.querySelector(`.sm-panel:popover-open ${css}`).getBoundingClientRect(); return r.top >= p.top - 1 && r.bottom <= p.bottom + 1; });
    });
    assert.deepEqual(head, [true, true], `${width}: heading and close button in view`);
    await page.close();
  }
  assert.deepEqual(h.problems, []);
});

test('embedded at 360 px, a cell in the top row or the bottom one opens its evidence on the reader\'s screen and the host page stays put', async () => {
  const site = await startSite();
  const engine = await chromiumEngine();
  try {
    const page = await engine.newPage();
    await evidenceInEmbed(page, site, '/embed-js-full.html', '#full-embed iframe', 360, true);
    assert.deepEqual(await page.eval(() => window.__problems), []);
    await page.close();
  } finally {
    await engine.close();
    await site.close();
  }
});
