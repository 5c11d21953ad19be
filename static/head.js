/* Summit Matrix: the page's own script. A render-blocking classic script at
   the top of <head>, so it runs before anything paints, and what the page
   needs to work as a reading widget with no WebAssembly (Safari's Lockdown
   Mode, a blocked download) and before the widget has started. Written as
   ES5, to run in any browser that shows the page.
   1. Picks the page in the reader's language. Each locale has its own
      prerendered page: index.html and embed.html in English, index.ko.html
      and embed.ko.html in Korean. The choice: the link's `lang` (an unknown
      value keeps English, and the widget says so), else the language a
      page's own name carries (a shared index.ko.html link stays Korean),
      else the host page's language that embed.js passes as `hostlang`, else
      the first of the browser's languages the widget has, else English.
   2. Marks a plain embed (`plain` given as 1, true, yes or empty) with
      data-plain, so the static header and the footer never show in it. The
      widget keeps the attribute in step once it runs (src/hooks.rs).
   3. Marks a browser without WebAssembly data-sm-static="no-wasm", so the
      note above the graphic says what needs it and the controls that do
      never show (static/boot.js marks a failed start the same way).
   4. In a frame, loads static/frame.js: the height messages to the host
      page (WordPress's too), what of the frame is on the host's screen, and
      the links a sandbox will not open; marks a sandboxed frame
      (data-sm-sandboxed: an opaque origin).
   5. The evidence: every mentioned cell's sentences are in the page, each
      in a popover its cell opens (the browser opens and closes it, with
      Escape and a click outside). This opens the one a link names
      (`cell=`), places an opening one next to its row, within what the
      reader can see (in a frame, the part of it on the host's screen), marks
      its cell, and gives focus back to the cell when it closes. */
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);

  // 1. The reader's language.
  // The locales the build made pages for (Locale::ALL; scripts/build.mjs writes them in).
  var have = __LOCALES__;
  function pick(tag) {
    var code = String(tag || '').toLowerCase().split(/[-_]/)[0];
    return have.indexOf(code) >= 0 ? code : null;
  }
  var named = /\.([a-z]{2,3})\.html$/.exec(location.pathname);
  var wanted = query.has('lang')
    ? pick(query.get('lang')) || 'en'
    : (named && pick(named[1])) ||
      pick(query.get('hostlang')) ||
      (navigator.languages || [navigator.language]).map(pick).filter(Boolean)[0] ||
      'en';
  if (wanted !== root.lang) {
    var path = location.pathname;
    var folder = path.slice(0, path.lastIndexOf('/') + 1);
    var stem = (path.slice(folder.length) || 'index.html').replace(/(\.[a-z]{2,3})?\.html$/, '');
    location.replace(folder + stem + (wanted === 'en' ? '' : '.' + wanted) + '.html' + location.search + location.hash);
    return;
  }

  // 2. A plain embed.
  if (query.has('plain') && /^(|1|true|yes)$/i.test(query.get('plain').trim())) root.setAttribute('data-plain', '');

  // 3. No WebAssembly.
  if (typeof WebAssembly !== 'object') root.setAttribute('data-sm-static', 'no-wasm');
  // Or a start-up script the browser would not run: one refused for lack of
  // CORS headers (a sandboxed frame fetches with `Origin: null`), blocked
  // or broken (static/boot.js marks a failure after it has run).
  addEventListener('error', function (e) {
    var el = e.target;
    if (el && el.tagName === 'SCRIPT' && el.type === 'module') root.setAttribute('data-sm-static', 'failed');
  }, true);

  // 4. In a frame: frame.js (height messages, what of the frame the reader
  // sees), loaded only there.
  var framed = window.parent !== window;
  // A frame sandboxed without `allow-same-origin` (WordPress frames every
  // embed so) has an opaque origin: what such a frame may not do (new
  // windows, downloads) frame.js and the stylesheet work around.
  if (window.origin === 'null') root.setAttribute('data-sm-sandboxed', '');
  if (framed) {
    var frame = document.createElement('script');
    frame.src = new URL('frame.js', document.currentScript.src).href;
    document.head.appendChild(frame);
  }
  // What of this page the reader can see: its window; in a frame, what
  // frame.js answers (the part of the frame on the host's screen), if it
  // can yet.
  function seen() {
    var ask = { view: null };
    if (framed) document.dispatchEvent(new CustomEvent('sm-seen', { detail: ask }));
    return ask.view || { top: 0, bottom: innerHeight };
  }

  // 5. The evidence.
  function isPanel(el) {
    return el && el.classList && el.classList.contains('sm-panel');
  }
  function cellOf(panel) {
    return document.querySelector('.sm-cell[popovertarget="' + panel.id + '"]');
  }
  function shown(el) {
    return el && el.getClientRects().length > 0;
  }
  // The panel that grew the frame, if one did: only its closing shrinks it
  // back. (The browser shows the next panel before it hides the open one.)
  var padded = null;
  // Under its cell's row, or over it when there is much more room there, at
  // most as tall as that room, and as wide as the matrix allows, centred on
  // the cell: the cell and its row stay in view, and nothing under the
  // panel moves. A frame too short for it grows below the row while it is
  // open. (Where this cannot run, the stylesheet's bottom sheet or side
  // panel shows it.)
  function place(panel, cell) {
    // Every measure first, then every write: a write before a read would
    // make the browser lay the page out again in the middle of the tap.
    var row = cell && cell.closest('tr');
    var box = cell && cell.closest('.sm-table-wrap');
    var fits = shown(row) && box;
    var r = fits && row.getBoundingClientRect();
    var b = fits && box.getBoundingClientRect();
    var c = fits && cell.getBoundingClientRect();
    var view = fits && seen();
    var height = innerHeight;
    // The room an open panel grew the frame by, which this one does not have.
    var grown = parseFloat(document.body.style.paddingBottom) || 0;
    var x = pageXOffset;
    var y = pageYOffset;
    var style = panel.style;
    style.top = style.bottom = style.left = style.width = style.maxHeight = '';
    document.body.style.paddingBottom = '';
    padded = null;
    panel.removeAttribute('data-placed');
    if (!fits) return;
    var below = view.bottom - r.bottom - 8;
    var above = r.top - view.top - 8;
    var room = 320;
    var under = height - grown - r.bottom - 8;
    if (framed && under < room && r.top - 8 < room) {
      document.body.style.paddingBottom = room - under + 'px';
      padded = panel;
      below = room;
    }
    var width = Math.min(b.width, 560);
    style.left = Math.max(b.left, Math.min(c.left + c.width / 2 - width / 2, b.right - width)) + x + 'px';
    style.width = width + 'px';
    if (below >= Math.min(above, 400)) {
      style.top = r.bottom + y + 'px';
      style.maxHeight = Math.max(below, 120) + 'px';
    } else {
      style.bottom = height - r.top - y + 'px';
      style.maxHeight = Math.max(above, 120) + 'px';
    }
    panel.setAttribute('data-placed', '');
  }
  document.addEventListener('beforetoggle', function (e) {
    if (!isPanel(e.target)) return;
    var cell = cellOf(e.target);
    if (e.newState === 'open') {
      place(e.target, cell);
      if (cell) cell.setAttribute('data-open', '');
    } else {
      if (padded === e.target) {
        document.body.style.paddingBottom = '';
        padded = null;
      }
      if (cell) cell.removeAttribute('data-open');
    }
  }, true);
  // Closed by its button, Escape or a click outside: focus goes back to
  // the cell, where the browser has not put it already (WebKit does not
  // focus a clicked button), unless the reader has moved on to another.
  document.addEventListener('toggle', function (e) {
    var panel = e.target;
    if (!isPanel(panel) || e.newState !== 'closed') return;
    var cell = cellOf(panel);
    var active = document.activeElement;
    var elsewhere = active && active !== document.body && !panel.contains(active);
    if (shown(cell) && !elsewhere && !document.querySelector('.sm-cell[data-open]')) {
      cell.focus({ preventScroll: true });
    }
  }, true);
  // A cell tapped while the page is still being read, before the parser
  // has reached its evidence (which follows the matrix): opened as soon as
  // all of it is there (the next thing after it is), not lost.
  var early = null;
  function openEarly() {
    var panel = early && document.getElementById(early);
    if (!panel || !(panel.nextElementSibling || document.readyState !== 'loading')) return false;
    early = null;
    if (panel.showPopover && !document.querySelector('.sm-panel:popover-open')) panel.showPopover();
    return true;
  }
  document.addEventListener('click', function (e) {
    var cell = e.target.closest && e.target.closest('.sm-cell[popovertarget]');
    var target = cell && cell.getAttribute('popovertarget');
    if (!target || document.getElementById(target) || document.readyState !== 'loading' || !window.MutationObserver) return;
    early = target;
    new MutationObserver(function (_, watch) {
      if (openEarly()) watch.disconnect();
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', openEarly);
  }, true);
  addEventListener('resize', function () {
    var open = document.querySelector('.sm-cell[data-open]');
    var panel = open && document.getElementById(open.getAttribute('popovertarget'));
    if (panel) place(panel, open);
  });
  var linked = (query.get('cell') || '').trim();
  if (linked) {
    document.addEventListener('DOMContentLoaded', function () {
      var panels = document.querySelectorAll('.sm-panel');
      for (var i = 0; i < panels.length; i++) {
        if (panels[i].getAttribute('data-cell') === linked && panels[i].showPopover) return panels[i].showPopover();
      }
    });
  }
})();
