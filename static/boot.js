// Summit Matrix start-up (the build writes it as boot-<hash>.js, and
// boot.<locale>-<hash>.js for each other locale, naming that locale's
// WebAssembly: the pages carry no inline script under their CSP).
// The page loads it as an async module, so it runs as soon as it arrives
// and the parser gives way (on a 4x slowed phone CPU, in 5 of 8 cold
// loads just after the page was parsed). It starts fetching the WebAssembly
// (compiled off the main thread once it has all arrived) and loading its
// bindings at once.
// (Measured there, BENCHMARKS.md: this makes the widget live about 70 ms
// sooner than a deferred module, with no later first paint. A preload in
// the head competed with the first paint; starting from head.js, before
// it, made the first paint, a first tap and the start-up all later; and
// waiting for the parsed page made the start-up about 50 ms later.)
// The widget itself (hydration: a task no input can interrupt) waits for
// them, for the document to be parsed, and then gives way to the reader: it
// starts at the page's first idle moment (the frames that are due and any
// input go first), and if a finger or button is down, only once that tap is
// answered, by the page itself (static/head.js), and painted. (Measured,
// BENCHMARKS.md: a tap at first paint is answered about 120 ms sooner, and
// the widget goes live about 30 ms later.) It starts in two steps, each
// such a wait: the controls, then the matrix, which works without the
// widget and so is taken over last (src/matrix_root.rs; at once if the
// reader changes the view first).
// Without WebAssembly (static/head.js has marked the page) it fetches
// nothing. If the widget cannot start (a blocked or broken download), the
// page marks itself the same way: it stays the reading widget the build
// wrote, every number opening its sentences, and its note says what needs
// the full widget.

// A tap in progress: settled once the finger or button is lifted (its click
// follows at once) or the browser takes the pointer for a scroll, and the
// page has painted what that did; or after 2 s whatever happened (a button
// released outside the window).
let tapping = null;
addEventListener('pointerdown', () => {
  tapping ??= new Promise((settled) => {
    const done = () => { tapping = null; settled(); };
    const painted = () => requestAnimationFrame(() => setTimeout(done));
    addEventListener('pointerup', painted, { once: true });
    addEventListener('pointercancel', painted, { once: true });
    setTimeout(done, 2000);
  });
}, { capture: true, passive: true });
const idle = () => new Promise((next) => (window.requestIdleCallback ? requestIdleCallback(next, { timeout: 300 }) : setTimeout(next)));
// The page's next idle moment with no tap in progress.
const quiet = async () => { await idle(); while (tapping) await tapping; };

if (typeof WebAssembly === 'object') try {
  const url = './__WASM__';
  // Fetched whole, then compiled: off the main thread either way, but a
  // streaming compile decodes each arriving piece in a task on the main
  // thread (12–22 ms each at CPU 4×, traced), often while a first tap waits;
  // the browser compiles each function only when it is first called, so
  // streaming had little to overlap with the download (BENCHMARKS.md,
  // issue 21). If it fails, the bindings fetch it themselves.
  const module = fetch(url)
    .then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(response.statusText))))
    .then((bytes) => WebAssembly.compile(bytes))
    .catch(() => url);
  const bindings = import('./__BINDINGS__');
  if (document.readyState === 'loading') {
    await new Promise((parsed) => addEventListener('DOMContentLoaded', parsed, { once: true }));
  }
  const glue = await bindings;
  const compiled = await module;
  await quiet();
  const wasm = await glue.default({ module_or_path: compiled });
  window.wasmBindings = glue;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
  await quiet();
  glue.take_over_matrix();
} catch (error) {
  console.warn('Summit Matrix could not start its filters and search; the evidence still opens.', error);
  document.documentElement.setAttribute('data-sm-static', 'failed');
}
