// Summit Matrix start-up (the build writes it as boot-<hash>.js in place of
// Trunk's inline loader, so the pages need no inline script under their CSP).
// A module script runs once the document is parsed, which on this long
// prerendered page comes after the parser has yielded to a first paint. It
// then starts fetching and compiling the WebAssembly (off the main thread)
// and loading its bindings, all at once; the widget itself (hydration,
// main-thread work) waits for them and for one task more, which lets a frame
// that is due go first. (The page preloads neither: fetched while the page
// was parsed, the WebAssembly delayed the first paint of a slow phone by a
// tenth of a second and sped up the widget's start by a quarter of that.)
// If the widget cannot start (an older browser, a blocked or broken
// download), the prerendered matrix stays readable and says why.
try {
  const url = './__WASM__';
  // Compiled here if the browser can stream it; else the bindings fetch it.
  const module = WebAssembly.compileStreaming?.(fetch(url)).catch(() => url) ?? url;
  const bindings = import('./__BINDINGS__');
  await new Promise((next) => setTimeout(next));
  const glue = await bindings;
  const wasm = await glue.default({ module_or_path: await module });
  window.wasmBindings = glue;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  console.warn('Summit Matrix could not start; the fixed view stays.', error);
  document.documentElement.setAttribute('data-sm-static', 'failed');
}
