// The reader journeys, written once and run in every engine (engines.test.mjs)
// and on a touch phone (touch.test.mjs) through the page interface of
// drivers.mjs. Each journey opens its own page and checks what a reader
// sees; the page's own probe (probe.js) must report nothing at the end.
import assert from 'node:assert/strict';
import { exported, activeIn } from './data.mjs';
import { until } from './harness.mjs';
import { evidenceInEmbed } from './reading.mjs';

const visibleRows = () => [...document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])')]
  .map((r) => r.querySelector('button.sm-cell')?.id.replace(/^sm-cell-(.*)-\d{4}$/, '$1'));
const ready = () => document.documentElement.hasAttribute('data-sm-ready');
const focused = () => document.activeElement?.id ?? '';
const text = (css) => document.querySelector(css)?.textContent.trim() ?? null;
const shown = (css) => { const el = document.querySelector(css); return !!el && el.getClientRects().length > 0; };

/** Opens `path` of the widget and waits until it is live. */
async function open(page, site, path = '/') {
  await page.goto(`${site.base}${path}`);
  await page.waitFor(ready);
}

/** On a phone the filters fold into one disclosure: open it. */
async function openFilters(page) {
  if (await page.eval(shown, '.sm-filter-toggle') && await page.eval(() => document.querySelector('.sm-filter-toggle').getAttribute('aria-expanded') === 'false')) {
    await page.click('.sm-filter-toggle');
    await page.waitFor(shown, '#sm-q');
  }
}

/** Nothing went wrong in the page (or, on a host page, in its embeds). */
async function assertClean(page) {
  assert.deepEqual(await page.eval(() => window.__problems ?? ['the page probe is missing']), []);
}

/** Runs one journey in a page of its own from `engine`, then checks the page reported nothing. */
export async function runJourney(engine, journey, site) {
  const page = await engine.newPage();
  try {
    await journey(page, site);
    await assertClean(page);
  } finally {
    await page.close();
  }
}

export const JOURNEYS = {
  'loads and hydrates: every area at every meeting, counts as the data has them': async (page, site) => {
    await open(page, site);
    const data = exported();
    assert.deepEqual(await page.eval(() => [...document.querySelectorAll('thead th:not([hidden]) .sm-year')].map((y) => Number(y.textContent))), data.years);
    assert.equal((await page.eval(visibleRows)).length, data.topics.length);
    const t = data.topics.find((x) => x.cells.some((c) => c.count > 1));
    const c = t.cells.find((x) => x.count > 1);
    assert.match(await page.eval(text, `#sm-cell-${t.id}-${c.year}`), new RegExp(`^${c.count}\\b`));
  },

  'each kind of filter, and a search': async (page, site) => {
    await open(page, site);
    const all = exported().topics;
    await openFilters(page);
    // A category chip.
    await page.click('[aria-labelledby="sm-cat-label"] .sm-chip-toggle:first-child');
    await page.waitFor((n) => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length < n, all.length);
    const rows = await page.eval(visibleRows);
    const categoryOf = new Map(all.map((t) => [t.id, t.category]));
    const categories = new Set(rows.map((id) => categoryOf.get(id)));
    assert.equal(categories.size, 1, 'one category shown');
    assert.equal(rows.length, all.filter((t) => categories.has(t.category)).length, 'every area of it shown');
    await page.click('.sm-reset');
    await page.waitFor((n) => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length === n, all.length);
    // A meeting chip: only that meeting's column stays.
    const year = exported().years.at(-1);
    await page.click(`[aria-labelledby="sm-meet-label"] .sm-chip-toggle:nth-child(${exported().years.length})`);
    await page.waitFor((y) => [...document.querySelectorAll('thead th:not([hidden]) .sm-year')].map((e) => e.textContent).join() === String(y), year);
    await page.click('.sm-reset');
    // What to show: only areas new somewhere.
    await page.select('#sm-show', 2); // only areas that continue from an earlier meeting
    const continuing = all.filter((t) => t.cells.some((c) => c.status === 'continuing')).map((t) => t.id);
    await page.waitFor((n) => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length === n, continuing.length);
    assert.deepEqual((await page.eval(visibleRows)).sort(), continuing.sort());
    await page.click('.sm-reset');
    // A search: only areas active at the meeting that names it.
    await page.type('#sm-q', 'quantum');
    await page.waitFor(() => document.querySelector('tr.sm-row mark.sm-mark-query')?.textContent === 'quantum');
    const found = await page.eval(visibleRows);
    const in2023 = new Set(activeIn(2023));
    assert.ok(found.length > 0 && found.every((id) => in2023.has(id)), found.join());
  },

  'evidence opens by click and by keyboard, and closes with focus returned': async (page, site) => {
    await open(page, site);
    await page.click('#sm-cell-migration-2021');
    await page.waitFor(shown, '.sm-panel:popover-open');
    assert.equal(await page.eval(text, '.sm-panel:popover-open h2'), 'Central American migration · 2021');
    assert.ok((await page.eval(() => [...document.querySelectorAll('.sm-panel:popover-open .sm-quotes mark')].map((m) => m.textContent))).includes('Northern Triangle'));
    await page.waitFor(() => /cell=migration(%3A|:)2021/.test(location.search));
    await page.press('Escape');
    await page.waitFor(() => !document.querySelector('.sm-panel:popover-open'));
    await page.waitFor((id) => document.activeElement?.id === id, 'sm-cell-migration-2021');
    await page.waitFor(() => !/cell=/.test(location.search));
    // By keyboard alone: a focused cell opens with Enter; Enter on another
    // cell while it is open shows that one instead (the browser swaps them in
    // one step); Tab goes into its evidence, and its close button closes it
    // with Enter.
    await page.eval(() => document.querySelector('#sm-cell-migration-2021').focus());
    await page.press('Enter');
    await page.waitFor(() => /cell=migration(%3A|:)2021/.test(location.search));
    await page.eval(() => document.querySelector('#sm-cell-cyber-2023').focus());
    await page.press('Enter');
    await page.waitFor(shown, '.sm-panel:popover-open');
    await page.waitFor(() => /cell=cyber(%3A|:)2023/.test(location.search));
    assert.deepEqual(await page.eval(() => [...document.querySelectorAll('.sm-panel:popover-open')].map((p) => p.id)), ['sm-ev-cyber-2023'], 'the next cell\'s evidence, alone');
    await page.press('Tab');
    await page.waitFor(() => document.activeElement?.matches('.sm-panel:popover-open .sm-close'));
    await page.press('Enter');
    await page.waitFor(() => !document.querySelector('.sm-panel:popover-open'));
    assert.equal(await page.eval(focused), 'sm-cell-cyber-2023');
  },

  'the reading view opens from the evidence, at the quoted sentence, and goes back': async (page, site) => {
    await open(page, site, '/?cell=chips-batteries:2022');
    const quote = await page.eval(() => document.querySelector('.sm-panel:popover-open blockquote').textContent.trim());
    await page.click('.sm-panel:popover-open a[data-article]');
    await page.waitFor(shown, '.sm-article');
    await page.waitFor(() => document.activeElement?.id.startsWith('sm-s-'));
    assert.deepEqual(await page.eval(() => {
      const r = document.activeElement.getBoundingClientRect();
      return [document.activeElement.textContent.trim(), r.top >= -1 && r.bottom <= innerHeight + 1];
    }), [quote, true], 'the quoted sentence, in view');
    assert.equal(await page.eval(() => !!document.querySelector('.sm-panel:popover-open')), false, 'the evidence closed');
    const body = await page.eval(text, '.sm-article');
    assert.ok(body.includes('economic security dialogue'));
    for (const noise of ['arirang mobile', 'Back to you', 'Updated:']) assert.ok(!body.includes(noise), noise);
    await page.click('.sm-article-nav button');
    await page.waitFor(shown, '.sm-matrix');
  },

  'Back leaves the reading view for the matrix, at the cell the reader came from, and Forward returns': async (page, site) => {
    await open(page, site, '/?cell=chips-batteries:2022');
    const entries = await page.eval(() => history.length);
    await page.click('.sm-panel:popover-open a[data-article]');
    await page.waitFor(shown, '.sm-article');
    // At the quoted sentence, scrolled there, before the reader moves on.
    await page.waitFor(() => document.activeElement?.id.startsWith('sm-s-'));
    const first = await page.eval(text, '#sm-article-title');
    await page.click('.sm-article-pager .sm-next');
    await page.waitFor((title) => document.querySelector('#sm-article-title')?.textContent.trim() !== title, first);
    assert.equal(await page.eval(() => history.length), entries + 1, 'one entry for the reading view, however many articles');
    await page.eval(() => history.back());
    await page.waitFor(shown, '.sm-matrix');
    await page.waitFor((id) => document.activeElement?.id === id, 'sm-cell-chips-batteries-2022');
    assert.equal(await page.eval(() => /article=/.test(location.search) || !!document.querySelector('.sm-panel:popover-open')), false, 'the matrix, nothing open');
    await page.eval(() => history.forward());
    await page.waitFor(shown, '.sm-article');
    assert.match(await page.eval(() => location.search), /article=/);
    // The reading view's own close goes back too: closing never adds an entry.
    await page.click('.sm-article-nav button');
    await page.waitFor(shown, '.sm-matrix');
    await page.waitFor(() => !/article=/.test(location.search));
    assert.equal(await page.eval(() => history.length), entries + 1);
    await page.waitFor((id) => document.activeElement?.id === id, 'sm-cell-chips-batteries-2022');
    // Trying cells adds nothing either.
    await page.click('#sm-cell-cyber-2023');
    await page.waitFor(() => /cell=cyber/.test(location.search));
    assert.equal(await page.eval(() => history.length), entries + 1);
  },

  'in an embed, the reading view and the evidence leave the host page\'s Back alone': async (page, site) => {
    await page.goto(`${site.hostBase}/embed-js-full.html`);
    await page.waitFor(() => document.querySelector('#full-embed iframe')?.getBoundingClientRect().height > 300);
    const entries = await page.eval(() => history.length);
    const inFrame = (fn, what) => until(() => page.frameEval('#full-embed iframe', fn).catch(() => false), what, 15000);
    await inFrame(() => document.documentElement.hasAttribute('data-sm-ready'), 'the embed to start');
    // The frame's first row on the host's screen, where the reader taps it.
    await page.eval(() => document.querySelector('#full-embed iframe').scrollIntoView());
    await page.frameClick('#full-embed iframe', '#sm-cell-north-korea-2021');
    await inFrame(() => !!document.querySelector('.sm-panel:popover-open a[data-article]'), 'the evidence');
    await page.frameClick('#full-embed iframe', '.sm-panel:popover-open a[data-article]');
    await inFrame(() => /article=/.test(location.search), 'the reading view in its address');
    assert.equal(await page.eval(() => history.length), entries, 'no entry joined the host page\'s history');
  },

  'a link keeps its state, restored on reload': async (page, site) => {
    await open(page, site);
    await openFilters(page);
    await page.select('#sm-sort', 1); // by mentions
    await page.type('#sm-q', 'north');
    await page.click('#sm-cell-north-korea-2021');
    await page.waitFor(() => /cell=north-korea(%3A|:)2021/.test(location.search) && /q=north/.test(location.search) && /sort=mentions/.test(location.search));
    const address = await page.eval(() => location.href);
    await page.goto(address);
    await page.waitFor(ready);
    await page.waitFor(shown, '.sm-panel:popover-open');
    assert.equal(await page.eval(() => document.querySelector('#sm-q').value), 'north');
    assert.equal(await page.eval(() => document.querySelector('#sm-sort').selectedIndex), 1);
    assert.match(await page.eval(text, '.sm-panel:popover-open h2'), /2021$/);
  },

  'a malformed link gets a notice and a working matrix': async (page, site) => {
    await open(page, site, '/?show=sideways&cat=weather&meet=19x9&zoom=3');
    const notice = await page.eval(text, '.sm-notice');
    for (const bad of ['sideways', 'weather', '19x9', 'zoom']) assert.ok(notice.includes(bad), `${bad} not reported`);
    assert.equal((await page.eval(visibleRows)).length, exported().topics.length);
    await page.click('#sm-cell-cyber-2023');
    await page.waitFor(shown, '.sm-panel:popover-open');
  },

  'the Korean page': async (page, site) => {
    await open(page, site, '/index.ko.html');
    assert.equal(await page.eval(() => document.documentElement.lang), 'ko');
    assert.match(await page.eval(text, 'h1'), /[가-힣]/);
    await page.click('#sm-cell-migration-2021');
    await page.waitFor(shown, '.sm-panel:popover-open');
    assert.match(await page.eval(text, '.sm-panel:popover-open h2'), /[가-힣].*2021/);
  },

  'a cross-origin embed sizes itself through embed.js': async (page, site) => {
    await page.goto(`${site.hostBase}/embed-js.html`);
    await page.eval(() => document.querySelector('#host-embed').scrollIntoView());
    await page.waitFor(() => document.querySelector('#host-embed iframe')?.getBoundingClientRect().height > 300);
    await assertFits(page, '#host-embed iframe');
  },

  'NPR\'s pym.js embeds it, sized, with no notice for its parameters': async (page, site) => {
    await page.goto(`${site.hostBase}/pym.html`);
    await page.waitFor(() => document.querySelector('#pym-embed iframe')?.getBoundingClientRect().height > 300);
    assert.match(await page.eval(() => document.querySelector('#pym-embed iframe').src), /initialWidth=\d+&childId=pym-embed&parentTitle=/);
    await assertFits(page, '#pym-embed iframe');
    assert.equal(await page.frameEval('#pym-embed iframe', () => document.querySelectorAll('.sm-notice').length), 0, 'no notice about pym.js\'s parameters');
  },

  'in an auto-height embed at phone width the evidence opens where the reader is, and the host page stays put': async (page, site) => {
    try {
      for (const [host, frame] of [['/embed-js-full.html', '#full-embed iframe'], ['/pym.html', '#pym-embed iframe'], ['/datawrapper.html', '#dw-embed']]) {
        await evidenceInEmbed(page, site, host, frame, 390, true);
      }
    } finally {
      await page.resize(1280, 900);
    }
  },

  'Datawrapper\'s listener sizes it from the datawrapper-height message': async (page, site) => {
    await page.goto(`${site.hostBase}/datawrapper.html`);
    await page.waitFor(() => document.querySelector('#dw-embed').style.height !== '400px');
    await assertFits(page, '#dw-embed');
  },
};

/** The frame at `css` is as tall as its page, which does not scroll. */
async function assertFits(page, css) {
  const fits = async () => {
    const outer = await page.eval((sel) => document.querySelector(sel).getBoundingClientRect().height, css);
    const [inner, overflow] = await page.frameEval(css, () => {
      const d = document.documentElement;
      return document.documentElement.hasAttribute('data-sm-ready') ? [Math.ceil(d.getBoundingClientRect().height), d.scrollHeight - d.clientHeight] : [0, 1];
    });
    return Math.abs(outer - inner) <= 1 && overflow <= 1;
  };
  await until(fits, `the frame ${css} to fit its content`, 15000);
}
