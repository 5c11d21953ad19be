// Summit Matrix start-up (the build writes it as boot-<hash>.js, and
// boot.<locale>-<hash>.js for each other locale, naming that locale's
// WebAssembly: the pages carry no inline script under their CSP).
// The page loads it as an async module, so it runs as soon as it arrives,
// while the long prerendered page is still being parsed. It starts fetching
// and compiling the WebAssembly (off the main thread) and loading its
// bindings at once; the widget itself (hydration, main-thread work) waits for
// them, for the document to be parsed, and for one task more, which lets a
// frame that is due go first. (Measured on a 4x slowed phone CPU: starting
// the download during parsing makes the widget live about 70 ms sooner than
// a deferred module, with no later first paint. A preload in the head, by
// contrast, competed with the first paint: see BENCHMARKS.md.)
// Without WebAssembly (static/head.js has marked the page) it fetches
// nothing. If the widget cannot start (a blocked or broken download), the
// page marks itself the same way: it stays the reading widget the build
// wrote, every number opening its sentences, and its note says what needs
// the full widget.
if (typeof WebAssembly === 'object') try {
  const url = './__WASM__';
  // Compiled here if the browser can stream it; else the bindings fetch it.
  const module = WebAssembly.compileStreaming?.(fetch(url)).catch(() => url) ?? url;
  const bindings = import('./__BINDINGS__');
  if (document.readyState === 'loading') {
    await new Promise((parsed) => addEventListener('DOMContentLoaded', parsed, { once: true }));
  }
  await new Promise((next) => setTimeout(next));
  const glue = await bindings;
  const wasm = await glue.default({ module_or_path: await module });
  window.wasmBindings = glue;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  console.warn('Summit Matrix could not start its filters and search; the evidence still opens.', error);
  document.documentElement.setAttribute('data-sm-static', 'failed');
}
