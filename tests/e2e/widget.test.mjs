// End to end: the built dist/ in headless Chromium, as a reader uses it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, rowIds, columnYears, ARTIFACTS } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';
import { exported, activeIn } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => {
  await h.close();
  assert.deepEqual(h.problems, [], 'no console errors, page errors or CSP violations');
});

test('the matrix shows every area at the three meetings', async () => {
  const page = await h.open();
  const data = exported();
  assert.deepEqual(await columnYears(page), data.years);
  assert.equal((await rowIds(page)).length, data.topics.length);
  assert.equal(await page.textContent('.sm-result'), `Showing ${data.topics.length} of ${data.topics.length} areas`);
  for (const t of data.topics) {
    for (const c of t.cells) {
      const cell = page.locator(`#sm-cell-${t.id}-${c.year}`);
      if (c.count === 0) assert.equal(await cell.count(), 0, `${t.id} ${c.year} should be a dash`);
      else assert.equal((await cell.textContent()).replace(/\s+/g, " ").trim(), `${c.count}${c.status === 'new' ? ' NEW' : ''}`, `${t.id} ${c.year}`);
    }
  }
  // What a screen reader announces for a cell, as the browser computes it:
  // the visible count and badge first (so a voice user can say what they
  // see), then the area, the year, whether it is new there and the sentences.
  const literal = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const t of data.topics) {
    for (const c of t.cells.filter((c) => c.count > 0)) {
      const fresh = c.status === 'new';
      const sentences = `${c.count} ${c.count === 1 ? 'sentence' : 'sentences'}`;
      const name = new RegExp(`^${c.count}${fresh ? ' NEW' : ''}: ${literal(t.label)} in ${c.year}, ${fresh ? 'first named here' : 'named before too'}; ${sentences}\\. Show them\\.$`);
      assert.equal(await page.getByRole('button', { name }).count(), 1, `${t.id} ${c.year}`);
    }
  }
  await page.close();
});

test('each filter changes the visible rows as it should', async () => {
  const page = await h.open();
  const data = exported();
  const all = data.topics.length;
  await page.click('button.sm-chip-toggle:has-text("Health")');
  assert.deepEqual(new Set(await rowIds(page)), new Set(data.topics.filter((t) => t.category === 'health').map((t) => t.id)));
  await page.click('button.sm-chip-toggle:has-text("Health")');
  assert.equal((await rowIds(page)).length, all);

  const kept = await page.$('#sm-cell-covid-2021');
  await page.click('.sm-chips button:text-is("2021")');
  assert.deepEqual(await columnYears(page), [2021]);
  assert.deepEqual(new Set(await rowIds(page)), new Set(activeIn(2021)));
  // The other meetings' cells go; the ones left are the same elements, so a
  // screen reader keeps its place in the table.
  assert.ok(await kept.evaluate((el) => el.isConnected && document.getElementById(el.id) === el), 'cells are kept, not rebuilt');
  await page.click('.sm-chips button:text-is("2021")');

  await page.selectOption('#sm-show', { label: 'Continuing' });
  const continuing = data.topics.filter((t) => t.cells.some((c) => c.status === 'continuing')).map((t) => t.id);
  assert.deepEqual(new Set(await rowIds(page)), new Set(continuing));
  assert.ok(continuing.length < all);
  await page.selectOption('#sm-show', { label: 'All areas' });

  await page.selectOption('#sm-sort', { label: 'A–Z' });
  const labels = await page.$$eval('tbody:not([hidden])', (groups) => groups.map((g) => [...g.querySelectorAll('tr.sm-row:not([hidden]) th')].map((th) => th.textContent.trim())));
  for (const group of labels) assert.deepEqual(group, [...group].sort((a, b) => a.localeCompare(b)));

  await page.fill('#sm-q', 'vaccine');
  await page.waitForFunction(() => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length < 5);
  assert.ok((await rowIds(page)).includes('covid'));
  await page.click('.sm-reset');
  assert.equal((await rowIds(page)).length, all);
  assert.equal(await page.inputValue('#sm-q'), '');
  await page.close();
});

test('a search for a term only in 2023 leaves only rows active in 2023', async () => {
  const page = await h.open();
  await page.fill('#sm-q', 'quantum');
  await page.waitForFunction(() => document.querySelector('.sm-result').textContent !== 'Showing 24 of 24 areas');
  const rows = await rowIds(page);
  assert.ok(rows.length > 0 && rows.includes('emerging-tech'));
  const in2023 = new Set(activeIn(2023));
  for (const id of rows) assert.ok(in2023.has(id), `${id} is not active in 2023`);
  assert.equal(await page.textContent('tr.sm-row mark.sm-mark-query'), 'quantum');
  assert.match(await page.getAttribute('.sm-result', 'aria-live'), /polite/);
  await page.close();
});

test('typing past the search limit keeps exactly what is searched in the box, and says so', async () => {
  const page = await h.open();
  // 110 keystrokes, each a letter, so a dropped or kept one shows.
  const typed = Array.from({ length: 110 }, (_, i) => String.fromCharCode(97 + ((i * 7) % 26))).join('');
  await page.locator('#sm-q').pressSequentially(typed);
  assert.equal(await page.inputValue('#sm-q'), typed.slice(0, 100), 'the box holds the first 100 characters typed');
  assert.match(await page.textContent('.sm-notice'), /cut to its first 100 characters/);
  await page.waitForURL((u) => u.searchParams.get('q') === typed.slice(0, 100));
  assert.equal(await page.locator('.sm-notice li').filter({ hasText: 'cut to its first' }).count(), 1, 'one notice, not one per keystroke');
  await page.close();
});

test('a cell opens its evidence by click, Enter or Space; Escape and outside clicks close it', async () => {
  const page = await h.open();
  await page.click('#sm-cell-migration-2021');
  await page.waitForSelector('.sm-panel:popover-open');
  assert.equal(await page.textContent('.sm-panel:popover-open h2'), 'Central American migration · 2021');
  assert.ok((await page.$$eval('.sm-panel:popover-open .sm-quotes mark', (m) => m.map((x) => x.textContent))).includes('Northern Triangle'));
  await page.keyboard.press('Escape');
  await page.waitForSelector('.sm-panel:popover-open', { state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sm-cell-migration-2021', 'focus returns to the cell');

  await page.focus('#sm-cell-space-2023');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.sm-panel:popover-open');
  assert.match(await page.textContent('.sm-panel:popover-open h2'), /^Space/);
  await page.click('.sm-panel:popover-open .sm-close');
  await page.waitForSelector('.sm-panel:popover-open', { state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sm-cell-space-2023');

  await page.keyboard.press('Space');
  await page.waitForSelector('.sm-panel:popover-open');
  await page.mouse.click(5, 5);
  await page.waitForSelector('.sm-panel:popover-open', { state: 'hidden' });
  await page.close();
});

test('the URL carries the state and a reload restores it', async () => {
  const page = await h.open();
  await page.click('button.sm-chip-toggle:has-text("Security")');
  await page.selectOption('#sm-sort', { label: 'Most sentences' });
  await page.fill('#sm-q', 'north');
  await page.click('#sm-cell-north-korea-2021');
  await page.waitForSelector('.sm-panel:popover-open');
  // The address is written once the state settles.
  await page.waitForURL((u) => u.searchParams.get('cell') === 'north-korea:2021');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('cat'), 'security');
  assert.equal(url.searchParams.get('sort'), 'mentions');
  assert.equal(url.searchParams.get('q'), 'north');
  assert.equal(url.searchParams.get('cell'), 'north-korea:2021');
  const before = await rowIds(page);
  await page.reload();
  await page.waitForSelector('.sm-panel:popover-open');
  assert.deepEqual(await rowIds(page), before);
  assert.equal(await page.inputValue('#sm-q'), 'north');
  assert.equal(await page.getAttribute('button.sm-chip-toggle:has-text("Security")', 'aria-pressed'), 'true');
  await page.close();
});

test('a malformed URL shows the notice and a working matrix', async () => {
  const page = await h.open('?show=sideways&cat=weather&meet=19x9&q=%E0%A4%A&zoom=3&theme=neon');
  const notice = await page.textContent('.sm-notice');
  for (const bad of ['sideways', 'weather', '19x9', 'zoom', 'neon']) assert.ok(notice.includes(bad), `${bad} not reported`);
  assert.ok(notice.includes('garbled'), 'the broken search text is reported');
  assert.equal((await rowIds(page)).length, exported().topics.length, 'all rows shown');
  await page.click('.sm-notice button');
  assert.equal(await page.locator('.sm-notice').count(), 0);
  await page.click('#sm-cell-cyber-2023');
  await page.waitForSelector('.sm-panel:popover-open');
  await page.close();
});

test('the reading view shows an article without its site chrome', async () => {
  const page = await h.open('?cell=chips-batteries:2022');
  await page.click('.sm-panel:popover-open a[data-article]:has-text("Read the article")');
  await page.waitForSelector('.sm-article');
  // It opens at the quoted sentence, which has focus.
  assert.match(await page.evaluate(() => document.activeElement.id), /^sm-s-2022-05-yoon-biden-\d+$/);
  const text = await page.textContent('.sm-article');
  assert.ok(text.includes('economic security dialogue'));
  for (const noise of ['arirang mobile', 'Back to you', 'Updated:', 'Reporter :']) assert.ok(!text.includes(noise), noise);
  await page.waitForURL((u) => u.searchParams.get('article') === '2022-05-yoon-biden');
  await page.click('.sm-next');
  await page.waitForFunction(() => document.querySelector('.sm-article h1').textContent.includes('Washington Declaration'));
  const third = await page.textContent('.sm-article');
  assert.ok(!third.includes('Also Read'));
  await page.click('.sm-article-nav button');
  await page.waitForSelector('.sm-matrix');
  await page.close();
});

test('the current view downloads as CSV and JSON', async () => {
  const page = await h.open('?cat=health');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('.sm-footer button:text-is("CSV")')]);
  const lines = readFileSync(await csv.path(), 'utf8').trim().split(/\r?\n/);
  const health = exported().topics.filter((t) => t.category === 'health');
  assert.equal(lines.length, 1 + health.length * 3);
  assert.ok(lines.slice(1).every((l) => l.includes(',Health,')));
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('.sm-footer button:text-is("JSON")')]);
  const data = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.deepEqual(data.topics.map((t) => t.id).sort(), health.map((t) => t.id).sort());
  await page.close();
});

test('the keyboard reaches everything: skip link, filters, cells', async () => {
  const page = await h.open();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to the matrix');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'sm-matrix');
  await page.keyboard.press('Tab');
  assert.match(await page.evaluate(() => document.activeElement.id), /^sm-cell-/);
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'focus is visible');
  await page.close();
});

test('print shows the full matrix and sources, no filters', async () => {
  const page = await h.open('?cell=space:2023');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.sm-filters'), false);
  assert.equal(await page.isVisible('.sm-panel:popover-open'), false);
  assert.equal(await page.isVisible('#sm-sources'), true);
  assert.equal((await rowIds(page)).length, exported().topics.length);
  await page.close();
});

test('screenshots at phone and desktop widths', async () => {
  for (const [width, name] of [[320, 'small phone'], [375, 'phone'], [1280, 'desktop']]) {
    const page = await h.open('', { width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `no horizontal scroll on a ${name} at ${width}px (${overflow}px)`);
    const columns = await page.$$eval('thead th', (ths) => ths.map((th) => th.getBoundingClientRect().right));
    assert.ok(Math.max(...columns) <= width, `all three meetings in view at ${width}px`);
    await page.screenshot({ path: join(ARTIFACTS, `matrix-${width}.png`), fullPage: true });
    await page.click('#sm-cell-deterrence-2023');
    await page.waitForSelector('.sm-panel:popover-open');
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState === 'finished'));
    await page.screenshot({ path: join(ARTIFACTS, `evidence-${width}.png`) });
    await page.close();
  }
});

test('published under a sub-path, the page, its embed and its offline app still load', async () => {
  const server = await serve('dist', 0, '127.0.0.1', '/graphics/summit/');
  const base = `http://127.0.0.1:${server.address().port}/graphics/summit/`;
  h.allowOrigin(new URL(base).origin);
  try {
    for (const path of ['', 'embed.html?plain=1']) {
      const page = await h.context.newPage();
      await page.goto(base + path);
      await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
      await page.click('#sm-cell-space-2023');
      await page.waitForSelector('.sm-panel:popover-open');
      await page.close();
    }
    const page = await h.context.newPage();
    await page.goto(base);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(scope, base);
    await page.close();
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test('the theme parameter overrides the system setting, and reduced motion stills the panel', async () => {
  const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await h.open('');
  const dark = await h.open('?theme=dark');
  assert.equal(await dark.getAttribute('html', 'data-theme'), 'dark');
  assert.notEqual(await background(dark), await background(light), 'theme=dark darkens a light-scheme reader');
  await dark.emulateMedia({ colorScheme: 'dark' });
  const forcedLight = await h.open('?theme=light');
  await forcedLight.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(forcedLight), await background(light), 'theme=light wins over a dark system');

  await light.setViewportSize({ width: 375, height: 800 });
  await light.emulateMedia({ reducedMotion: 'reduce' });
  await light.click('#sm-cell-space-2023');
  await light.waitForSelector('.sm-panel:popover-open');
  assert.equal(await light.evaluate(() => getComputedStyle(document.querySelector('.sm-panel:popover-open')).animationName), 'none');
  for (const p of [light, dark, forcedLight]) await p.close();
});
