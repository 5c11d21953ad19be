// Served only by the cross-engine tests (tests/e2e/site.mjs puts it first in
// every page of a test copy of dist/): the page itself records what went
// wrong, so every engine reports the same way, even one whose driver cannot
// (WebKit's). An embedded page also tells its host page.
(() => {
  const problems = (window.__problems = []);
  const note = (problem) => {
    problems.push(problem);
    if (window.parent !== window) window.parent.postMessage({ 'sm-probe': problem }, '*');
  };
  addEventListener('error', (e) => note(`error: ${e.message} (${e.filename}:${e.lineno})`));
  addEventListener('unhandledrejection', (e) => note(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) =>
    note(`policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'}`));
  const error = console.error;
  console.error = (...args) => {
    note(`console.error: ${args.join(' ')}`);
    error.apply(console, args);
  };
})();
