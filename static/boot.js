// Summit Matrix start-up (the build writes it as boot-<hash>.js in place of
// Trunk's inline loader, so the pages need no inline script under their CSP).
// It waits for the prerendered view's first frame, then loads the
// WebAssembly. If that cannot happen (an older browser, a blocked or broken
// download), the prerendered matrix stays readable and says why.
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
try {
  const bindings = await import('./__BINDINGS__');
  const wasm = await bindings.default({ module_or_path: './__WASM__' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  console.warn('Summit Matrix could not start; the fixed view stays.', error);
  document.documentElement.setAttribute('data-sm-static', 'failed');
}
