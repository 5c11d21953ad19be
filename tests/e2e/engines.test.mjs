// The reader journeys (journeys.mjs) in every engine a reader meets:
// Chromium, Firefox ESR and WebKit (WebKitGTK, Safari's engine), each against
// the built dist/ with the page's own problem probe, and screenshots of each
// at 375 and 1280 px in tests/artifacts/; then the page as the reading
// widget in each, without WebAssembly (reading.mjs). SM_ENGINES=chromium,webkit
// runs a subset while developing; the README's test command runs all three.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ENGINES } from './drivers.mjs';
import { JOURNEYS, runJourney } from './journeys.mjs';
import { READING } from './reading.mjs';
import { startSite } from './site.mjs';
import { ARTIFACTS, until } from './harness.mjs';

const chosen = (process.env.SM_ENGINES ?? 'chromium,firefox,webkit').split(',');
let site, withoutWasm;
before(async () => {
  site = await startSite();
  withoutWasm = await startSite('dist', { webAssembly: false });
});
after(async () => {
  await site.close();
  await withoutWasm.close();
});

for (const name of chosen) {
  test(`${name}: every reader journey`, async (t) => {
    const engine = await ENGINES[name]();
    t.after(() => engine.close());
    t.diagnostic(`${name}: ${engine.version}`);
    for (const [journey, run] of Object.entries(JOURNEYS)) {
      await t.test(journey, () => runJourney(engine, run, site));
    }
    await t.test('screenshots at 375 and 1280 px', async () => {
      const page = await engine.newPage();
      try {
        for (const [width, height] of [[375, 812], [1280, 900]]) {
          const file = join(ARTIFACTS, `engine-${name}-${width}.png`);
          await page.resize(width, height);
          await page.goto(`${site.base}/`);
          await page.waitFor(() => document.documentElement.hasAttribute('data-sm-ready'));
          const laidOut = await page.eval(() => innerWidth);
          if (laidOut === width) {
            await page.screenshot(file);
            continue;
          }
          // The window stops wider than a phone: the page goes in a frame of the phone's size instead.
          t.diagnostic(`${name}: the window cannot be ${width} px wide (it is ${laidOut}); the ${width} px screenshot is of a ${width} × ${height} frame`);
          await page.goto(`${site.hostBase}/frame.html?w=${width}&h=${height}&src=${encodeURIComponent(`${site.base}/`)}`);
          await until(() => page.frameEval('#frame', () => document.documentElement.hasAttribute('data-sm-ready')), 'the framed page');
          assert.equal(await page.frameEval('#frame', () => innerWidth), width, 'the framed page is laid out at the asked width');
          await page.screenshotOf('#frame', file);
        }
      } finally {
        await page.resize(1280, 900);
        await page.close();
      }
    });
  });
}

for (const name of chosen) {
  test(`${name}: the page as the reading widget, without WebAssembly`, async (t) => {
    const engine = await ENGINES[name]({ webAssembly: false });
    t.after(() => engine.close());
    for (const [journey, run] of Object.entries(READING)) {
      await t.test(journey, () => runJourney(engine, run, withoutWasm));
    }
  });
}
