// A phone with a touch screen: the reader journeys once more on a 375 px
// touch profile (Chromium: touch events, a coarse pointer, no hover), every
// control worked by tap; every target big enough to tap (WCAG 2.5.8); and
// nothing that only hover shows.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumEngine } from './drivers.mjs';
import { JOURNEYS, runJourney } from './journeys.mjs';
import { READING } from './reading.mjs';
import { startSite } from './site.mjs';

let site, withoutWasm, engine, engineWithoutWasm;
before(async () => {
  site = await startSite();
  withoutWasm = await startSite('dist', { webAssembly: false });
  engine = await chromiumEngine({ touch: true });
  engineWithoutWasm = await chromiumEngine({ touch: true, webAssembly: false });
});
after(async () => {
  await engine.close();
  await engineWithoutWasm.close();
  await site.close();
  await withoutWasm.close();
});

test('the phone profile is a touch screen with no hover', async () => {
  const page = await engine.newPage();
  await page.goto(`${site.base}/`);
  assert.deepEqual(await page.eval(() => [innerWidth, matchMedia('(pointer: coarse)').matches, matchMedia('(hover: none)').matches, 'ontouchstart' in window]),
    [375, true, true, true]);
  await page.close();
});

for (const [journey, run] of Object.entries(JOURNEYS)) {
  test(`by tap: ${journey}`, () => runJourney(engine, run, site));
}

for (const [journey, run] of Object.entries(READING)) {
  test(`by tap: ${journey}`, () => runJourney(engineWithoutWasm, run, withoutWasm));
}

/** Every visible target on the page that is smaller than 24 × 24 CSS px and
    not spaced as WCAG 2.5.8 allows (a 24 px circle on its centre touching no
    other target), leaving out links inside running text (the inline exception). */
const crampedTargets = () => {
  const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
    .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
    .filter((el) => !(el.matches('a') && el.closest('p, li') && el.closest('p, li').textContent.trim() !== el.textContent.trim()));
  const boxes = targets.map((el) => ({ el, r: el.getBoundingClientRect() }));
  const near = (r, cx, cy) => Math.hypot(Math.max(r.left - cx, 0, cx - r.right), Math.max(r.top - cy, 0, cy - r.bottom)) < 12;
  return boxes.filter(({ el, r }) => {
    if (r.width >= 24 && r.height >= 24) return false;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    return boxes.some((o) => o.el !== el && !o.el.contains(el) && !el.contains(o.el) && near(o.r, cx, cy));
  }).map(({ el, r }) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
};

test('every target is big enough to tap, or spaced as WCAG 2.5.8 allows', async () => {
  const page = await engine.newPage();
  await page.goto(`${site.base}/`);
  await page.waitFor(() => document.documentElement.hasAttribute('data-sm-ready'));
  await page.eval(() => document.querySelectorAll('.sm-footer details').forEach((d) => { d.open = true; }));
  assert.deepEqual(await page.eval(crampedTargets), [], 'the page, the footer open');
  await page.click('.sm-filter-toggle');
  await page.waitFor(() => document.querySelector('#sm-q')?.getClientRects().length > 0);
  assert.deepEqual(await page.eval(crampedTargets), [], 'with the filters open');
  await page.click('#sm-cell-migration-2021');
  await page.waitFor(() => !!document.querySelector('.sm-panel:popover-open'));
  assert.deepEqual(await page.eval(crampedTargets), [], 'with the evidence open');
  await page.click('.sm-panel:popover-open a[data-article]');
  await page.waitFor(() => !!document.querySelector('.sm-article'));
  assert.deepEqual(await page.eval(crampedTargets), [], 'in the reading view');
  await page.close();
});

test('nothing depends on hover: hover rules only restyle, never show or hide', async () => {
  const page = await engine.newPage();
  await page.goto(`${site.base}/`);
  const hoverOnly = await page.eval(() => {
    const out = [];
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule.cssRules) walk(rule.cssRules);
        if (!rule.selectorText?.includes(':hover')) continue;
        for (const prop of ['display', 'visibility', 'opacity', 'content', 'height', 'max-height', 'width', 'clip', 'clip-path', 'transform', 'pointer-events']) {
          if (rule.style.getPropertyValue(prop)) out.push(`${rule.selectorText} { ${prop} }`);
        }
      }
    };
    for (const sheet of document.styleSheets) walk(sheet.cssRules);
    return out;
  });
  assert.deepEqual(hoverOnly, []);
  await page.close();
});
