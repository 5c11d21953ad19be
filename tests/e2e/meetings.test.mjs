// Any number of meetings: the widget built on the seed articles and a fourth,
// later meeting (tests/fixtures/fourth-meeting, written for the tests), as a
// newsroom adds its next story. Built by the README's test command into
// target/dist-four. Four columns, the chart, the headline and the deck, the
// new and continuing marks, the fourth meeting's evidence and article, its
// Korean date, and header text that neither overlaps nor leaves its column at
// 320, 375 and 1280 px, checked with bounding boxes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, columnYears, ARTIFACTS } from './harness.mjs';
import { exported } from './data.mjs';

const CORPUS = ['src/corpus/articles', 'tests/fixtures/fourth-meeting'];
let h, data;
before(async () => {
  h = await start({ dist: 'target/dist-four' });
  data = exported(...CORPUS);
});
after(async () => {
  await h.close();
  assert.deepEqual(h.problems, []);
});

test('four meetings: four columns, four bars, a headline and deck that name them all', async () => {
  assert.deepEqual(data.years, [2021, 2022, 2023, 2025]);
  const page = await h.open();
  assert.deepEqual(await columnYears(page), data.years);
  assert.deepEqual(await page.$$eval('.sm-chart .sm-bar-year', (ys) => ys.map((y) => Number(y.textContent))), data.years);
  const active = data.years.map((y) => data.topics.filter((t) => t.cells.some((c) => c.year === y && c.count > 0)).length);
  assert.deepEqual(await page.$$eval('.sm-chart .sm-bar-num', (ns) => ns.map((n) => Number(n.textContent))), active);
  assert.match(await page.textContent('.sm-headline'), /2021–2025/);
  const deck = await page.textContent('.sm-deck');
  data.years.forEach((y, i) => assert.match(deck, new RegExp(`\\b${active[i]} (areas of cooperation )?in ${y}\\b`), `the deck names ${active[i]} in ${y}`));
  await page.close();
});

test('four meetings: every cell shows its count, NEW where an area is first named, a dash where it is not', async () => {
  const page = await h.open();
  for (const t of data.topics) {
    for (const c of t.cells) {
      const cell = page.locator(`#sm-cell-${t.id}-${c.year}`);
      if (c.count === 0) assert.equal(await cell.count(), 0, `${t.id} ${c.year}`);
      else assert.equal((await cell.textContent()).replace(/\s+/g, ' ').trim(), `${c.count}${c.status === 'new' ? ' NEW' : ''}`, `${t.id} ${c.year}`);
    }
  }
  const deterrence = data.topics.find((t) => t.id === 'deterrence').cells.map((c) => c.status);
  assert.deepEqual(deterrence, ['absent', 'new', 'continuing', 'continuing']);
  await page.close();
});

test('four meetings: the fourth meeting\'s evidence and its article', async () => {
  const page = await h.open();
  await page.click('#sm-cell-deterrence-2025');
  await page.waitForSelector('.sm-panel:popover-open');
  assert.equal(await page.textContent('.sm-panel:popover-open h2'), 'Extended deterrence · 2025');
  assert.match(await page.textContent('.sm-panel:popover-open'), /reaffirmed extended deterrence against North Korea/);
  await page.click('.sm-panel:popover-open a[data-article]');
  await page.waitForSelector('.sm-article');
  assert.match(await page.textContent('#sm-article-title'), /turn to shipbuilding/);
  await page.close();
});

test('four meetings in Korean: the fourth meeting\'s date is written the Korean way', async () => {
  const page = await h.open('index.ko.html');
  const fourth = page.locator('thead th:nth-child(5) .sm-meta').first();
  assert.equal(await fourth.textContent(), '2025년 10월 29일');
  await page.close();
});

/** Header texts that leave their column or overlap another header's text. */
const headerFaults = () => {
  const cells = [...document.querySelectorAll('.sm-matrix thead th:not([hidden])')];
  const faults = [];
  const boxes = cells.map((th) => {
    const cell = th.getBoundingClientRect();
    const texts = [...th.querySelectorAll('span')].filter((s) => s.getClientRects().length).map((s) => {
      const range = document.createRange();
      range.selectNodeContents(s);
      return [...range.getClientRects()].map((r) => ({ r, text: s.textContent }));
    }).flat();
    for (const { r, text } of texts) {
      if (r.left < cell.left - 0.5 || r.right > cell.right + 0.5) faults.push(`"${text}" leaves its column`);
    }
    return texts;
  });
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => a.forEach((x) => b.forEach((y) => {
    if (x.r.left < y.r.right && y.r.left < x.r.right && x.r.top < y.r.bottom && y.r.top < x.r.bottom) faults.push(`"${x.text}" overlaps "${y.text}"`);
  }))));
  return faults;
};

for (const width of [320, 375, 1280]) {
  test(`four meetings at ${width} px: no header text overlaps another or leaves its column`, async () => {
    for (const path of ['', 'index.ko.html']) {
      const page = await h.open(path, { width, height: 900 });
      assert.deepEqual(await page.evaluate(headerFaults), [], `${path || 'index.html'} at ${width}`);
      if (!path) await page.screenshot({ path: join(ARTIFACTS, `four-meetings-${width}.png`) });
      await page.close();
    }
  });
}

for (const width of [320, 375, 390]) {
  test(`four meetings at ${width} px: the table scrolls in its box, the page and an embed never sideways, evidence closed or open`, async () => {
    const pans = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;
    for (const path of ['', 'index.ko.html', 'embed.html']) {
      const page = await h.open(path, { width, height: 800 });
      assert.ok(await page.$eval('.sm-table-wrap', (w) => w.scrollWidth > w.clientWidth), 'the table scrolls inside its box');
      assert.equal(await page.evaluate(pans), 0, `${path || 'index.html'} at ${width}, closed`);
      // The last column's cell, scrolled into view inside the box, and its evidence open.
      await page.click('#sm-cell-deterrence-2025');
      await page.waitForSelector('.sm-panel:popover-open');
      assert.equal(await page.evaluate(pans), 0, `${path || 'index.html'} at ${width}, open`);
      await page.close();
    }
  });
}
