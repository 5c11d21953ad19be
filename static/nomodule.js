/* Runs only in browsers without JavaScript modules (<script nomodule>): they
   cannot run the widget, so the page says what needs it, as it does without
   WebAssembly (static/head.js), and hides those controls. */
document.documentElement.setAttribute('data-sm-static', 'unsupported');
