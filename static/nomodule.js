/* Runs only in browsers without JavaScript modules (<script nomodule>): they
   cannot run the widget, so the prerendered matrix says it is the fixed view. */
document.documentElement.setAttribute('data-sm-static', 'unsupported');
