// The page as the reading widget: every number opens its sentences with
// HTML alone, from the first paint, whether or not the WebAssembly runs.
// READING is what a reader without WebAssembly gets (Safari's Lockdown Mode):
// run in every engine (engines.test.mjs) and by tap (touch.test.mjs) against
// a site without it (site.mjs). `evidenceInEmbed` is the embedded case,
// which JOURNEYS runs with the WebAssembly too. The page interface is
// drivers.mjs's.
import assert from 'node:assert/strict';
import { exported } from './data.mjs';
import { until } from './harness.mjs';

/** Each mentioned cell's button id and the sentences that back it, from the export. */
export const cellSentences = () => Object.fromEntries(exported().topics.flatMap((t) =>
  t.cells.filter((c) => c.count > 0).map((c) => [`sm-cell-${t.id}-${c.year}`, c.evidence.map((e) => e.text)])));

const shown = (css) => { const el = document.querySelector(css); return !!el && el.getClientRects().length > 0; };

/**
 * In the page: opens every cell's evidence in turn (a click, which the
 * browser's popover handles) and closes it with its close button; returns
 * what went wrong. `expected` maps each cell's id to its sentences; with
 * `placed`, the page's script has placed each panel next to its row, so the
 * cell must stay in view beside it.
 */
export const everyCellOpens = (expected, placed) => {
  const problems = [];
  const onScreen = (r) => r.height > 0 && r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
  const cells = [...document.querySelectorAll('button.sm-cell')];
  if (cells.length !== Object.keys(expected).length) problems.push(`${cells.length} cells, not ${Object.keys(expected).length}`);
  for (const cell of cells) {
    cell.scrollIntoView({ block: 'center' });
    cell.click();
    const open = document.querySelectorAll('.sm-panel:popover-open');
    const panel = open[0];
    if (open.length !== 1 || panel.id !== cell.getAttribute('popovertarget')) {
      problems.push(`${cell.id}: ${open.length} panels open`);
      continue;
    }
    const quotes = [...panel.querySelectorAll('.sm-quotes blockquote')].map((q) => q.textContent.trim());
    const want = expected[cell.id] ?? [];
    if (quotes.length !== want.length || !want.every((text) => quotes.includes(text))) problems.push(`${cell.id}: ${JSON.stringify(quotes)}`);
    const box = panel.getBoundingClientRect();
    if (!onScreen(box)) problems.push(`${cell.id}: the panel runs off the screen (${Math.round(box.top)}–${Math.round(box.bottom)} of ${innerHeight})`);
    for (const part of ['h2', '.sm-close']) {
      if (!onScreen(panel.querySelector(part).getBoundingClientRect())) problems.push(`${cell.id}: ${part} off the screen`);
    }
    const first = panel.querySelector('.sm-quotes > li').getBoundingClientRect();
    if (first.top > innerHeight - 24) problems.push(`${cell.id}: the first sentence starts below the screen`);
    if (placed) {
      const c = cell.getBoundingClientRect();
      const covered = c.left < box.right && c.right > box.left && c.top < box.bottom && c.bottom > box.top;
      if (!panel.hasAttribute('data-placed') || covered || !onScreen(c)) problems.push(`${cell.id}: its panel hides it`);
    }
    panel.querySelector('.sm-close').click();
    if (panel.matches(':popover-open')) problems.push(`${cell.id}: its close button did not close it`);
  }
  return problems;
};

/** Runs `fn` in `path` of the site laid out `width` × `height`: in the page, or, where the window cannot be that narrow (WebKit's), in a frame of that size. */
async function atWidth(page, site, path, width, height, fn, ...args) {
  await page.resize(width, height);
  await page.goto(`${site.base}${path}`);
  await page.waitFor(() => document.readyState === 'complete');
  if (await page.eval(() => innerWidth) === width) return page.eval(fn, ...args);
  await page.goto(`${site.hostBase}/frame.html?w=${width}&h=${height}&src=${encodeURIComponent(`${site.base}${path}`)}`);
  await until(() => page.frameEval('#frame', () => document.readyState === 'complete'), 'the framed page');
  assert.equal(await page.frameEval('#frame', () => innerWidth), width);
  const result = await page.frameEval('#frame', fn, ...args);
  assert.deepEqual(await page.frameEval('#frame', () => window.__problems), [], 'nothing went wrong in the framed page');
  // Back on a page of the site, whose own probe the journey's end reads.
  await page.goto(`${site.base}${path}`);
  return result;
}

/** Clicks `css` as a reader does, once it has scrolled into view and been laid out there (categories far down the page are laid out only as they near the screen, which moves them as they are). */
async function clickInView(page, css) {
  await page.eval((sel) => document.querySelector(sel).scrollIntoView({ block: 'center' }), css);
  await page.eval(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.click(css);
}

/** The page without WebAssembly, laid out and marked so. */
async function openStatic(page, site, path = '/') {
  await page.goto(`${site.base}${path}`);
  await page.waitFor(() => document.documentElement.getAttribute('data-sm-static') === 'no-wasm' && document.readyState === 'complete');
}

/**
 * In an auto-height frame on `host` (a host page of site.mjs at `?w=` px,
 * its frame at `frameCss`): a reader scrolls a low cell, then a top one,
 * into view, taps it, and finds its evidence on their screen, next to the
 * cell, with the host page where it was; it closes the same way. `live`:
 * once the widget has started.
 */
export async function evidenceInEmbed(page, site, host, frameCss, width = 390, live = false) {
  await page.resize(width + 40, 800);
  await page.goto(`${site.hostBase}${host}${host.includes('?') ? '&' : '?'}w=${width}`);
  await page.eval((css) => document.querySelector(css)?.scrollIntoView(), frameCss);
  await page.waitFor((css) => document.querySelector(css)?.getBoundingClientRect().height > 1000, frameCss);
  await page.waitFor((css) => document.querySelector(css)?.contentWindow && true, frameCss);
  await until(() => page.frameEval(frameCss, () => document.readyState === 'complete' && !!document.querySelector('button.sm-cell')), 'the framed page');
  if (live) await until(() => page.frameEval(frameCss, () => document.documentElement.hasAttribute('data-sm-ready')), 'the widget to start');
  const cells = await page.frameEval(frameCss, () => [...document.querySelectorAll('button.sm-cell')].map((c) => c.id));
  for (const [cell, at] of [[cells.at(-1), 0.85], [cells[0], 0.25]]) {
    // Bring the cell to `at` of the host's screen, as a reader scrolling to it.
    const y = await page.frameEval(frameCss, (id) => document.getElementById(id).getBoundingClientRect().top, cell);
    await page.eval((css, y, at) => scrollTo(0, scrollY + document.querySelector(css).getBoundingClientRect().top + y - innerHeight * at), frameCss, y, at);
    // A reader's tap comes frames after their scroll, not in the same one.
    await page.eval(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    const before = await page.eval(() => scrollY);
    await page.frameClick(frameCss, `#${cell}`);
    await until(() => page.frameEval(frameCss, () => !!document.querySelector('.sm-panel:popover-open')), `${cell}'s evidence`);
    const seen = await page.eval((css, parts) => parts.map(([top, bottom]) => {
      const frame = document.querySelector(css).getBoundingClientRect().top;
      return [frame + top, frame + bottom, innerHeight];
    }), frameCss, await page.frameEval(frameCss, (id) => ['.sm-panel:popover-open h2', '.sm-panel:popover-open .sm-close', '.sm-panel:popover-open .sm-quotes > li', `#${id}`]
      .map((css) => { const r = document.querySelector(css).getBoundingClientRect(); return [r.top, r.bottom]; }), cell));
    for (const [i, [top, bottom, screen]] of seen.entries()) {
      const what = ['its heading', 'its close button', 'its first sentence', 'the cell'][i];
      assert.ok(top >= 0 && top < screen - 16 && (i === 2 || bottom <= screen), `${cell}: ${what} at ${Math.round(top)}–${Math.round(bottom)} on a host screen of ${screen}`);
    }
    assert.equal(await page.eval(() => scrollY), before, 'the host page stays where the reader is');
    await page.frameClick(frameCss, '.sm-panel:popover-open .sm-close');
    await until(() => page.frameEval(frameCss, () => !document.querySelector('.sm-panel:popover-open')), 'the evidence to close');
    await until(() => page.frameEval(frameCss, (id) => document.activeElement?.id === id, cell), 'focus back on the cell');
    assert.equal(await page.eval(() => scrollY), before, 'and stays there when it closes');
  }
}

export const READING = {
  'without WebAssembly the note says what needs it, and no control is dead': async (page, site) => {
    for (const [path, words] of [['/', /^Filters, search and downloads need WebAssembly/], ['/index.ko.html', /^필터, 검색, 내려받기/]]) {
      await openStatic(page, site, path);
      assert.equal(await page.eval(shown, '.sm-static-note'), true, `${path}: the note`);
      const note = await page.eval(() => document.querySelector('.sm-static-note').textContent);
      assert.match(note, words);
      assert.doesNotMatch(note, /old|outdated|update your|오래된|missing|no evidence/i, 'it neither blames the browser nor hides the evidence');
      for (const css of ['.sm-filters', '[data-download]', '[data-copy]']) assert.equal(await page.eval(shown, css), false, `${path}: ${css} is hidden`);
      // Every button on screen opens or closes evidence: none is dead.
      const dead = await page.eval(() => [...document.querySelectorAll('button')].filter((b) => b.getClientRects().length && !b.hasAttribute('popovertarget')).map((b) => b.outerHTML.slice(0, 80)));
      assert.deepEqual(dead, [], path);
      assert.equal(await page.eval(() => document.documentElement.hasAttribute('data-sm-ready')), false);
    }
  },

  'without WebAssembly every number opens all its sentences, on screen, in English and Korean, at 1280 and 390 px': async (page, site) => {
    const expected = cellSentences();
    try {
      for (const path of ['/', '/index.ko.html']) {
        for (const [width, height] of [[1280, 900], [390, 844]]) {
          const problems = await atWidth(page, site, path, width, height, everyCellOpens, expected, true);
          assert.deepEqual(problems, [], `${path} at ${width} px`);
        }
      }
    } finally {
      await page.resize(1280, 900);
    }
  },

  'without WebAssembly Escape and the close button close the evidence, focus goes back, and the article opens at the sentence': async (page, site) => {
    await openStatic(page, site);
    await clickInView(page, '#sm-cell-migration-2021');
    await page.waitFor(shown, '.sm-panel:popover-open');
    assert.equal(await page.eval(() => document.querySelector('.sm-panel:popover-open h2').textContent), 'Central American migration · 2021');
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('.sm-panel:popover-open'));
    await page.waitFor(() => document.activeElement?.id === 'sm-cell-migration-2021');
    await clickInView(page, '#sm-cell-space-2023');
    await page.waitFor(shown, '.sm-panel:popover-open');
    await page.click('.sm-panel:popover-open .sm-close');
    await page.waitFor(() => !document.querySelector('.sm-panel:popover-open'));
    await page.waitFor(() => document.activeElement?.id === 'sm-cell-space-2023');
    // "Read the article" goes to the articles page, at the quoted sentence, in view.
    await clickInView(page, '#sm-cell-chips-batteries-2022');
    await page.waitFor(shown, '.sm-panel:popover-open');
    const quote = await page.eval(() => document.querySelector('.sm-panel:popover-open blockquote').textContent.trim());
    await page.click('.sm-panel:popover-open a[data-article]');
    await page.waitFor(() => location.pathname.endsWith('/articles.html') && !!location.hash && document.readyState === 'complete');
    const landed = await page.eval(() => {
      const target = document.querySelector(location.hash);
      const r = target.getBoundingClientRect();
      return { text: target.textContent.trim(), inView: r.top >= -1 && r.top < innerHeight };
    });
    assert.deepEqual(landed, { text: quote, inView: true });
  },

  'without WebAssembly, embedded at phone width, the evidence opens where the reader is': async (page, site) => {
    try {
      for (const [host, frame] of [['/embed-js-full.html', '#full-embed iframe'], ['/pym.html', '#pym-embed iframe'], ['/datawrapper.html', '#dw-embed']]) {
        await evidenceInEmbed(page, site, host, frame);
      }
    } finally {
      await page.resize(1280, 900);
    }
  },
};
