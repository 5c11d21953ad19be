// What a graphics desk checks before publication, in Chromium: the phone's
// column headers (whole words, one baseline, in view), the filter state on
// a phone, an embed on a tinted host page with no opaque blocks, and the
// small ones (the skip link's size, the reading view's marks and measure,
// the embed code boxes). Back and Forward are reader journeys, run in every
// engine (journeys.mjs); print is print.test.mjs.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, rowIds } from './harness.mjs';

const runs = [];
after(async () => { for (const h of runs) await h.close(); });

/** Each shown meeting header: the words that break across lines or run out of their column, and where its year sits. */
const headers = () => [...document.querySelectorAll('.sm-matrix thead th:not([hidden])')].slice(1).map((th) => {
  const box = th.getBoundingClientRect();
  const broken = [];
  for (const span of th.querySelectorAll('span')) {
    const node = span.firstChild;
    if (!span.getClientRects().length || node?.nodeType !== Node.TEXT_NODE) continue;
    for (const m of node.textContent.matchAll(/\S+/g)) {
      const word = document.createRange();
      word.setStart(node, m.index);
      word.setEnd(node, m.index + m[0].length);
      const lines = new Set([...word.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      const r = word.getBoundingClientRect();
      if (lines.size > 1) broken.push(`${m[0]} (broken)`);
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5) broken.push(`${m[0]} (out of its column)`);
    }
  }
  return { text: th.textContent, broken, year: th.querySelector('.sm-year').getBoundingClientRect().top };
});

test('phone headers: whole words, the years on one line, in both languages, with three and four meetings', async () => {
  for (const dist of ['dist', 'target/dist-four']) {
    const h = await start({ dist });
    runs.push(h);
    for (const path of ['', 'index.ko.html']) {
      for (const width of [320, 360, 375]) {
        const p = await h.open(path, { width, height: 800 });
        const shown = await p.evaluate(headers);
        assert.ok(shown.length >= 3, `${dist}/${path}`);
        for (const th of shown) assert.deepEqual(th.broken, [], `${dist}/${path} at ${width} px: ${th.text}`);
        const years = shown.map((th) => Math.round(th.year));
        assert.ok(Math.max(...years) - Math.min(...years) <= 1, `${dist}/${path} at ${width} px: years at ${years}`);
        await p.close();
      }
    }
    assert.deepEqual(h.problems, []);
  }
});

test('phone headers stay in view while the reader scrolls the rows, with three and four meetings', async () => {
  for (const dist of ['dist', 'target/dist-four']) {
    const h = await start({ dist });
    runs.push(h);
    const p = await h.open('', { width: 360, height: 640 });
    // The reader reaches the matrix and scrolls down its rows to the last:
    // the page itself with three meetings; with four, the matrix's own box
    // (it scrolls sideways too), brought to the top of the screen first.
    await p.evaluate(() => {
      const box = document.querySelector('.sm-table-wrap');
      const last = document.querySelector('tbody:last-of-type tr.sm-row');
      if (box.scrollHeight > box.clientHeight) {
        scrollTo(0, box.getBoundingClientRect().top + scrollY);
        box.scrollTop = last.offsetTop - box.clientHeight / 2;
      } else {
        scrollTo(0, last.getBoundingClientRect().top + scrollY - innerHeight / 2);
      }
    });
    const seen = await p.evaluate(() => {
      const years = [...document.querySelectorAll('.sm-matrix thead th:not([hidden]) .sm-year')].map((y) => y.getBoundingClientRect());
      const row = document.querySelector('tbody:last-of-type tr.sm-row').getBoundingClientRect();
      return { years: years.map((r) => [r.top, r.bottom]), row: row.top };
    });
    for (const [top, bottom] of seen.years) {
      assert.ok(top >= 0 && bottom <= 640 && bottom <= seen.row, `${dist}: a year label at ${top}–${bottom}, the row at ${seen.row}`);
    }
    await p.close();
    assert.deepEqual(h.problems, []);
  }
});

test('filter state on a phone: the folded button counts the filters, the result line stays in view, and an empty matrix offers Reset', async () => {
  const h = await start();
  runs.push(h);
  const p = await h.open('', { width: 360, height: 640 });
  const label = () => p.textContent('.sm-filter-toggle');
  assert.equal((await label()).trim(), 'Filter');
  await p.click('.sm-filter-toggle');
  await p.click('button.sm-chip-toggle:has-text("Health")');
  await p.click('[aria-labelledby="sm-meet-label"] .sm-chip-toggle:has-text("2023")');
  await p.waitForFunction(() => /\(2 on\)/.test(document.querySelector('.sm-filter-toggle').textContent));
  // Open, with the reader at the search box or at the last control, the result line is on screen.
  for (const css of ['#sm-q', '.sm-reset']) {
    await p.evaluate((c) => document.querySelector(c).scrollIntoView({ block: 'start' }), css);
    const r = await p.evaluate(() => { const b = document.querySelector('.sm-result').getBoundingClientRect(); return [b.top, b.bottom, innerHeight]; });
    assert.ok(r[0] >= 0 && r[1] <= r[2], `the result line at ${r[0]}–${r[1]} of ${r[2]}, the reader at ${css}`);
  }
  await p.click('.sm-filter-toggle');
  assert.match(await label(), /\(2 on\)/, 'folded, it still says so');
  // A search that finds nothing: Reset is right there, and brings every area back.
  await p.click('.sm-filter-toggle');
  await p.fill('#sm-q', 'zzzz');
  await p.waitForSelector('.sm-empty .sm-empty-reset');
  await p.click('.sm-filter-toggle');
  await p.click('.sm-empty-reset');
  await p.waitForFunction(() => !document.querySelector('.sm-empty'));
  assert.equal((await rowIds(p)).length, 24);
  assert.equal((await label()).trim(), 'Filter');
  assert.equal(await p.evaluate(() => document.activeElement.id), 'sm-matrix', 'focus stays on the matrix');
  await p.close();
  assert.deepEqual(h.problems, []);
});

test('embedded on a tinted host page, light and dark, at phone and desktop widths, nothing in the flow paints an opaque block', async () => {
  const h = await start();
  runs.push(h);
  const host = await h.context.newPage();
  for (const [theme, tint] of [['light', '#f4ecd8'], ['dark', '#1d2a33']]) {
    for (const width of [360, 1280]) {
      await host.setViewportSize({ width, height: 900 });
      await host.setContent(`<!doctype html><body style="margin:0;background:${tint}"><iframe src="${h.base}/embed.html?theme=${theme}&cat=security" style="border:0;width:100%;height:1400px" title="Summit Matrix"></iframe></body>`);
      const frame = host.frames().find((f) => f.url().includes('/embed.html'));
      await frame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
      const opaque = await frame.evaluate(() => [...document.querySelectorAll('.sm *')]
        .filter((el) => el.getClientRects().length && !el.closest('.sm-panel, .sm-address, [aria-pressed="true"], .sm-key, mark'))
        .map((el) => [el, getComputedStyle(el).backgroundColor])
        .filter(([, bg]) => { const m = bg.match(/rgba?\(([^)]+)\)/); const parts = m ? m[1].split(/[ ,/]+/).filter(Boolean) : []; return parts.length === 3 || (parts.length === 4 && Number(parts[3]) === 1); })
        .map(([el, bg]) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${bg}`));
      assert.deepEqual(opaque, [], `${theme} at ${width} px`);
    }
  }
  await host.close();
});

test('the small ones: the skip link is a full target, the reading view marks without underlines at 60–75 characters a line, and the embed code shows whole', async () => {
  const h = await start();
  runs.push(h);
  const p = await h.open('');
  await p.keyboard.press('Tab');
  const skip = await p.evaluate(() => { const r = document.activeElement.getBoundingClientRect(); return [document.activeElement.className, r.height]; });
  assert.equal(skip[0], 'sm-skip');
  assert.ok(skip[1] >= 24, `the skip link is ${skip[1]} px tall`);
  await p.goto(`${h.base}/?article=2023-04-state-visit`);
  await p.waitForSelector('.sm-article .sm-topic-sentence');
  const marks = await p.evaluate(() => {
    const s = getComputedStyle(document.querySelector('.sm-topic-sentence'));
    return [s.textDecorationLine, s.backgroundColor];
  });
  assert.equal(marks[0], 'none', 'a counted sentence is not underlined like a link');
  assert.notEqual(marks[1], 'rgba(0, 0, 0, 0)', 'it is marked another way');
  const measure = await p.evaluate(() => {
    const para = [...document.querySelectorAll('.sm-article p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
    const range = document.createRange();
    range.selectNodeContents(para);
    const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    return para.textContent.trim().length / lines;
  });
  assert.ok(measure >= 60 && measure <= 75, `${measure.toFixed(1)} characters a line`);
  // The embed code: every line of it inside its box.
  await p.goto(`${h.base}/`);
  await p.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  for (const width of [1280, 360]) {
    await p.setViewportSize({ width, height: 900 });
    await p.evaluate(() => { document.querySelector('.sm-embed-code').open = true; });
    const boxes = await p.evaluate(() => [...document.querySelectorAll('.sm-snippet pre')].filter((pre) => pre.getClientRects().length)
      .map((pre) => {
        // Tokens (attributes, addresses) that wrap onto a second line.
        const node = pre.querySelector('code').firstChild;
        const broken = [...node.textContent.matchAll(/\S+/g)].filter((m) => {
          const token = document.createRange();
          token.setStart(node, m.index);
          token.setEnd(node, m.index + m[0].length);
          return new Set([...token.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1;
        }).map((m) => m[0]);
        return { cut: [pre.scrollWidth - pre.clientWidth, pre.scrollHeight - pre.clientHeight, pre.getBoundingClientRect().right - innerWidth], broken };
      }));
    assert.ok(boxes.length >= 2);
    for (const { cut, broken } of boxes) {
      assert.ok(cut.every((d) => d <= 0), `at ${width} px the code is cut: ${cut}`);
      if (width === 1280) assert.deepEqual(broken, [], 'on a desktop the code wraps only between attributes');
    }
  }
  await p.close();
  assert.deepEqual(h.problems, []);
});
