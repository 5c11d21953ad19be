// Summit Matrix start-up (the build writes it as boot-<hash>.js in place of
// Trunk's inline loader, so the pages need no inline script under their CSP).
// It starts fetching and compiling the WebAssembly at once (off the main
// thread; the page's preload of it has already begun the download); the
// bindings (JavaScript to compile and run) and the widget (hydration) wait
// until the prerendered view has painted. If that cannot happen (an older
// browser, a blocked or broken download), the prerendered matrix stays
// readable and says why.
const painted = performance.getEntriesByType?.('paint').length
  ? Promise.resolve()
  : new Promise((done) => {
      try {
        new PerformanceObserver(done).observe({ type: 'paint', buffered: true });
      } catch {
        // No paint timing: the first frame after this one has painted.
      }
      requestAnimationFrame(() => setTimeout(done));
    });
try {
  const url = './__WASM__';
  // The same request as the preload (and its integrity check), so it is reused.
  const integrity = document.querySelector(`link[rel=preload][href="${url}"]`)?.integrity ?? '';
  // Compiled here if the browser can stream it; else the bindings fetch it.
  const module = WebAssembly.compileStreaming?.(fetch(url, { integrity })).catch(() => url) ?? url;
  await painted;
  const bindings = await import('./__BINDINGS__');
  const wasm = await bindings.default({ module_or_path: await module });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  console.warn('Summit Matrix could not start; the fixed view stays.', error);
  document.documentElement.setAttribute('data-sm-static', 'failed');
}
