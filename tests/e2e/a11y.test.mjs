// axe-core over every state a reader can reach, in light and dark themes.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { start } from './harness.mjs';

const STATES = ['', '?cell=north-korea:2022', '?article=2023-04-state-visit', '?q=quantum&zoom=1'];
const runs = [];
after(async () => { for (const h of runs) await h.close(); });

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations in the ${scheme} theme`, async () => {
    const h = await start({ colorScheme: scheme });
    runs.push(h);
    for (const width of [375, 1280]) {
      for (const state of STATES) {
        const page = await h.open(state, { width, height: 900 });
        if (width === 375 && state === '') await page.click('.sm-filter-toggle');
        const result = await new AxeBuilder({ page }).analyze();
        const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
        assert.deepEqual(found, [], `${scheme} ${width}px ${state || 'default'}`);
        await page.close();
      }
    }
    assert.deepEqual(h.problems, []);
  });
}

test('axe finds no violations without WebAssembly, with the note and evidence open, in both languages', async () => {
  const h = await start();
  runs.push(h);
  await h.context.addInitScript(() => { delete globalThis.WebAssembly; });
  for (const [path, cell] of [['', 'north-korea-2021'], ['index.ko.html', 'deterrence-2023']]) {
    for (const width of [375, 1280]) {
      const page = await h.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${h.base}/${path}`);
      await page.waitForSelector('html[data-sm-static="no-wasm"]', { state: 'attached' });
      await page.click(`#sm-cell-${cell}`);
      await page.waitForSelector('.sm-panel:popover-open');
      const result = await new AxeBuilder({ page }).analyze();
      assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`), [], `${path || 'index.html'} at ${width}px`);
      await page.close();
    }
  }
  assert.deepEqual(h.problems, []);
});
