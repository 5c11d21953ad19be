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
// First tap answered (a load with `tap`): as soon as a frame has drawn a
// mentioned cell whole on screen, the reader taps it (at the next frame);
// that moment is the tap. The benchmark sends the press and the release
// through the browser's input (the Chrome DevTools Protocol, as a real
// pointer, not a script's click), and the tap is answered when the frame
// that shows its sentences is presented, which the Event Timing API
// reports (an event's start plus its duration, to the next paint after it
// was handled, for the tap's events from pointerdown to click). So the
// figure counts any wait for a busy main thread, as a reader's tap would.
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
  const done = () => { if (Number.isNaN(window.__bench.interactive)) { window.__bench.interactive = performance.now(); window.__benchInteractive(''); } };
  // Ours: the widget marks the page live (its controls), then the matrix
  // once it has taken that over too (src/matrix_root.rs), which the page
  // does not wait for: every number works without it. (Told of that one
  // attribute only: the start-up writes many others, and a record of each
  // would be work the benchmark adds to the load it measures.)
  new MutationObserver((_, o) => {
    if (document.documentElement?.hasAttribute('data-sm-ready')) done();
    if (document.getElementById('sm-matrix-root')?.hasAttribute('data-sm-ready')) {
      o.disconnect();
      window.__bench.matrix = performance.now();
      window.__benchMatrix?.('');
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-sm-ready'] });
  // Plot's page: it sets window.__painted in the frame after its chart.
  Object.defineProperty(window, '__painted', { set(at) { this.__paintedAt = at; done(); }, get() { return this.__paintedAt; } });
  addEventListener('TrunkApplicationStarted', (e) => { window.__bench.wasm = e.detail.wasm; });
  // When the frame that answers the first tap was shown: the latest end
  // (start + duration, to the next paint after it was handled) of its
  // events, pointerdown to click. Event Timing reports an event that took
  // 16 ms or more; a tap answered sooner shows only as the first input (its
  // pointerdown), which then stands for it. The click shows the evidence
  // itself (the browser opens the popover as it handles it), so its next
  // paint is the frame with the sentences. Not before that frame began,
  // though: the first animation frame after the panel opened, checked open
  // then. (Not the `toggle` event's frame: the browser fires `toggle` in a
  // task of its own after the popover opened, which can queue behind the
  // page's other tasks, and a frame after that is one or more frames after
  // the sentences were on screen. `beforetoggle` fires as it opens.)
  try {
    const ends = [];
    const take = (e) => {
      ends.push(e.startTime + e.duration);
      window.__bench.answered = Math.max(...ends);
    };
    new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type: 'first-input', buffered: true });
    document.addEventListener('beforetoggle', (e) => {
      if (e.newState === 'open' && e.target.classList?.contains('sm-panel')) {
        requestAnimationFrame(() => {
          if (!e.target.matches(':popover-open')) return;
          window.__bench.opened = performance.now();
          take({ startTime: window.__bench.opened, duration: 0 });
          window.__benchOpened?.('');
        });
      }
    }, true);
    new PerformanceObserver((list) => list.getEntries().filter((e) => /^(pointer|mouse)(down|up)$|^click$/.test(e.name)).forEach(take))
      .observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  // A mentioned cell on screen in a rendered frame: where and when the
  // benchmark taps, in a load with `tap` (its binding is installed before
  // this probe). Found without forcing a layout, which would add work to
  // the very load it measures: a MutationObserver finds the cell, an
  // IntersectionObserver says when a frame has laid it out whole on screen.
  // The tap follows at the next frame: its animation-frame callbacks take
  // what the observer found in the frame before (takeRecords). The
  // observer's own callback comes later, as a task that can wait behind the
  // parser's: 26–123 ms after that frame (median 46) in 12 cold loads at
  // CPU 4×, against 3–43 ms (median 30, a frame) this way; a wait no
  // reader's tap has, since the browser runs input ahead of those tasks.
  if (!window.__benchCell) return;
  const watch = (cell) => {
    let done = false;
    const take = (entries) => {
      const e = entries.find((x) => x.isIntersecting && x.intersectionRatio === 1);
      if (done || !e) return;
      done = true;
      seen.disconnect();
      const r = e.boundingClientRect;
      window.__bench.tapped = performance.now();
      window.__benchCell(`${r.left + r.width / 2},${r.top + r.height / 2}`);
    };
    const seen = new IntersectionObserver(take, { threshold: 1 });
    seen.observe(cell);
    const frame = () => requestAnimationFrame(() => { take(seen.takeRecords()); if (!done) frame(); });
    frame();
  };
  const cell = () => document.querySelector('button.sm-cell');
  new MutationObserver((_, o) => { if (cell()) { o.disconnect(); watch(cell()); } }).observe(document, { childList: true, subtree: true });
}

/** One cold load of `url` (a new browser context) at CPU rate `cpu`; `scripted`: wait until the page is interactive; `matrix`: and until our matrix is taken over; `tap`: tap a cell at first paint, and wait until that is answered. */
export async function coldLoad(browser, url, { cpu, scripted, matrix = false, tap = false }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  // The page tells the benchmark through the DevTools protocol's own
  // bindings: a call sends one message and runs nothing in the page.
  // (Playwright's exposeBinding answers every call with a script of its own,
  // and a waitForFunction polls with one, about 30 ms at CPU 4× the first
  // time: either can land between a tap and its answer.)
  const told = {};
  const toldBy = (name) => new Promise((ok) => { told[name] = ok; });
  const reached = toldBy('__benchInteractive');
  const answered = toldBy('__benchOpened');
  const taken = toldBy('__benchMatrix');
  // Press and release at once, as a finger does, without waiting for the page to take the press first.
  const press = (type, x, y) => cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mousePressed' ? 1 : 0, clickCount: 1 });
  cdp.on('Runtime.bindingCalled', ({ name, payload }) => {
    if (name !== '__benchCell') return told[name]?.();
    const [x, y] = payload.split(',').map(Number);
    Promise.all([press('mousePressed', x, y), press('mouseReleased', x, y)]).catch(() => {});
  });
  await cdp.send('Runtime.enable');
  for (const name of ['__benchInteractive', ...(matrix ? ['__benchMatrix'] : []), ...(tap ? ['__benchCell', '__benchOpened'] : [])]) await cdp.send('Runtime.addBinding', { name });
  await page.addInitScript(probe);
  await page.goto(url, { waitUntil: 'load' });
  if (scripted) await reached;
  if (matrix) await taken;
  // A tap that opens nothing never gets here: the load fails.
  if (tap) await answered;
  // The first paint is reported a frame or two after it happens.
  await new Promise((ok) => setTimeout(ok, 300));
  const m = await page.evaluate(() => {
    const b = window.__bench;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // Plot's page: interactive when the chart it appended has painted.
    const interactive = window.__paintedAt === undefined ? b.interactive : Math.max(b.interactive, fcp);
    const before = b.longTasks.filter(([start]) => Number.isNaN(interactive) || start < interactive);
    const untilMatrix = b.longTasks.filter(([start]) => start < (b.matrix ?? NaN));
    return {
      fcp,
      interactive,
      appended: window.__paintedAt ?? NaN,
      longest: Math.max(0, ...before.map(([, d]) => d)),
      tbt: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0),
      transfer: performance.getEntriesByType('navigation')[0].encodedBodySize + performance.getEntriesByType('resource').reduce((s, r) => s + r.encodedBodySize, 0),
      heap: performance.memory?.usedJSHeapSize ?? NaN,
      // The instance's memory, whatever the build named its export (scripts/wasm-build.mjs shortens the names).
      wasm: Object.values(b.wasm ?? {}).find((x) => x instanceof WebAssembly.Memory)?.buffer.byteLength ?? 0,
      matrix: b.matrix ?? NaN,
      longestUntilMatrix: b.matrix === undefined ? NaN : Math.max(0, ...untilMatrix.map(([, d]) => d)),
      tapped: b.tapped ?? NaN,
      answered: b.answered ?? NaN,
    };
  });
  await context.close();
  return m;
}
