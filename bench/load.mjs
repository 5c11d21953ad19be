// Cold loads for the benchmarks (bench/run.mjs, bench/ab.mjs). A script
// installed before the page's own (Playwright's init script) records long
// tasks (a `longtask` PerformanceObserver) and the moment the page is
// interactive, and tells the benchmark through a binding: nothing polls the
// page while it loads. Interactive: ours when `data-sm-ready` is set (the
// widget is hydrated, its listeners live and the page's own state in
// place); Plot's page when its chart has painted, which is its first
// contentful paint (the chart is all the page shows; the page also notes the
// frame after it appends the chart, `__painted`, reported as "appended");
// the static table has no script. The longest task and the total blocking
// time count the tasks that began before that moment.
import { chromium } from 'playwright-core';

/** Headless Chromium from Debian's package, with the flags the project runs it with (and precise heap figures). */
export const launch = () => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});

// Installed before any of the page's scripts.
export function probe() {
  const longTasks = [];
  window.__bench = { longTasks, interactive: NaN };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  const done = () => { if (Number.isNaN(window.__bench.interactive)) { window.__bench.interactive = performance.now(); window.__benchInteractive(); } };
  // Ours: the widget marks the page live.
  new MutationObserver((_, o) => {
    if (document.documentElement?.hasAttribute('data-sm-ready')) { o.disconnect(); done(); }
  }).observe(document, { attributes: true, subtree: true });
  // Plot's page: it sets window.__painted in the frame after its chart.
  Object.defineProperty(window, '__painted', { set(at) { this.__paintedAt = at; done(); }, get() { return this.__paintedAt; } });
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail.wasm; });
}

/** One cold load of `url` (a new browser context) at CPU rate `cpu`; `scripted`: wait until the page is interactive. */
export async function coldLoad(browser, url, { cpu, scripted }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  let interactive;
  const reached = new Promise((ok) => { interactive = ok; });
  await page.exposeBinding('__benchInteractive', () => interactive());
  await page.addInitScript(probe);
  await page.goto(url, { waitUntil: 'load' });
  if (scripted) await reached;
  // The first paint is reported a frame or two after it happens.
  await new Promise((ok) => setTimeout(ok, 300));
  const m = await page.evaluate(() => {
    const b = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // Plot's page: interactive when the chart it appended has painted.
    const interactive = window.__paintedAt === undefined ? b.interactive : Math.max(b.interactive, fcp);
    const before = b.longTasks.filter(([start]) => Number.isNaN(interactive) || start < interactive);
    return {
      fcp,
      interactive,
      appended: window.__paintedAt ?? NaN,
      longest: Math.max(0, ...before.map(([, d]) => d)),
      tbt: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      transfer: performance.getEntriesByType('navigation')[0].encodedBodySize + performance.getEntriesByType('resource').reduce((s, r) => s + r.encodedBodySize, 0),
      heap: performance.memory?.usedJSHeapSize ?? NaN,
      wasm: b.wasm?.memory?.buffer.byteLength ?? 0,
    };
  });
  await context.close();
  return m;
}
