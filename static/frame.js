/* Summit Matrix in a frame: loaded by static/head.js only there (so a page
   read on its own does not download it), and written as ES5 like it.
   1. Tells the host page this page's height, now and whenever it changes, in
      each format hosts listen for: our own (embed.js), pym.js (when the
      address names a `childId`), Datawrapper's and AMP's. The messages carry
      the height and the embed's ids, nothing else. The ids are read as
      src/core's EmbedOptions reads them (`id`, `childId`: 1 to 64 letters,
      digits, '-' or '_'); the widget gives the notice for a bad one.
   2. Answers head.js's question (the `sm-seen` event) of what part of the
      frame is on the host's screen. An auto-height frame is as tall as its
      page, so its window is no guide, and the host's scroll is not ours to
      read. IntersectionObserver tells how much of an element is on the
      reader's screen, through the host: a ruler of marks down the page,
      each watched, tells which part.
   3. WordPress's embed protocol: when the frame's address carries
      `#?secret=…` (WordPress puts it there, and shows and sizes the frame
      only once it hears it back), the height goes to the host as
      `{message: 'height', value, secret}` too, and again whenever the host
      says `{message: 'ready', secret}` with that secret (its script may load
      after the frame has spoken). Nothing else is sent.
   4. In a sandbox without `allow-popups`, a link to a new window does not
      open. Such a link is tried, and if no window opens, the reader gets
      its address to copy (#sm-address, which the page carries in its
      language) instead of a dead link. */
(function () {
  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  function id(key) {
    var value = (query.get(key) || '').trim();
    return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? value : null;
  }

  // 2. The ruler: one mark per STEP px, as long as the page, never longer
  // (it would make the page scroll).
  var STEP = 32;
  var ruler = null;
  var marks = [];
  var onScreen = {};
  var watcher = window.IntersectionObserver && new IntersectionObserver(function (entries) {
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var at = e.target.getAttribute('data-at');
      if (e.isIntersecting) onScreen[at] = [e.intersectionRect.top, e.intersectionRect.bottom];
      else delete onScreen[at];
    }
  }, { threshold: [0, 0.5, 1] });
  function fitRuler(height) {
    if (!watcher || !document.body) return;
    if (!ruler) {
      ruler = document.createElement('div');
      ruler.className = 'sm-ruler';
      ruler.setAttribute('aria-hidden', 'true');
      document.body.appendChild(ruler);
    }
    var count = Math.floor(height / STEP);
    while (marks.length > count) {
      var gone = marks.pop();
      watcher.unobserve(gone);
      ruler.removeChild(gone);
      delete onScreen[gone.getAttribute('data-at')];
    }
    for (var n = marks.length; n < count; n++) {
      var mark = document.createElement('i');
      mark.style.top = n * STEP + 'px';
      mark.setAttribute('data-at', n);
      ruler.appendChild(mark);
      watcher.observe(mark);
      marks.push(mark);
    }
  }
  document.addEventListener('sm-seen', function (e) {
    var top = Infinity;
    var bottom = -Infinity;
    for (var at in onScreen) {
      top = Math.min(top, onScreen[at][0]);
      bottom = Math.max(bottom, onScreen[at][1]);
    }
    if (top < bottom) e.detail.view = { top: top, bottom: bottom };
  });

  // 4. New windows.
  if (root.hasAttribute('data-sm-sandboxed')) {
    document.addEventListener('click', function (e) {
      var link = e.target.closest && e.target.closest('a[target="_blank"][href]');
      var box = document.getElementById('sm-address');
      if (!link || !box || !box.showPopover || e.defaultPrevented) return;
      e.preventDefault();
      var opened = window.open(link.href, '_blank');
      if (opened) {
        // Cut the new window's way back to this one (a sandboxed frame may
        // not even touch it: then it has none to cut).
        try { opened.opener = null; } catch (_) { /* already cut */ }
        return;
      }
      var field = box.querySelector('input');
      field.value = link.href;
      var at = link.getBoundingClientRect();
      box.style.top = at.bottom + pageYOffset + 4 + 'px';
      box.showPopover();
      field.focus();
      field.select();
    });
  }

  // 3. WordPress's secret: letters and digits, as wp-embed.js checks it.
  var secret = (/[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(location.hash) || [])[1];

  // 1. The height.
  if (!window.ResizeObserver) return;
  var embed = id('id') || 'summit-matrix';
  var child = id('childId');
  var last = -1;
  // WordPress hides the frame (clipped to a pixel) until it hears from it,
  // and a browser does not render a hidden cross-origin frame, so the
  // ResizeObserver below would wait for ever: the first heights are
  // measured and sent at once, when the page is parsed and loaded, and when
  // the host says it is ready.
  function measured() {
    return Math.ceil(root.getBoundingClientRect().height);
  }
  function toWordPress() {
    parent.postMessage({ message: 'height', value: measured(), secret: secret }, '*');
  }
  if (secret) {
    addEventListener('message', function (e) {
      var data = e.data;
      if (e.source === parent && data && data.message === 'ready' && data.secret === secret) toWordPress();
    });
    document.addEventListener('DOMContentLoaded', toWordPress);
    addEventListener('load', toWordPress);
  }
  new ResizeObserver(function () {
    var height = measured();
    if (height === last) return;
    last = height;
    fitRuler(height);
    var datawrapper = {};
    datawrapper[embed] = height;
    var messages = [
      { 'summit-matrix': { type: 'height', id: embed, height: height } },
      { 'datawrapper-height': datawrapper },
      { sentinel: 'amp', type: 'embed-size', height: height }
    ];
    if (child) messages.push('pymxPYMx' + child + 'xPYMxheightxPYMx' + height);
    if (secret) messages.push({ message: 'height', value: height, secret: secret });
    for (var i = 0; i < messages.length; i++) parent.postMessage(messages[i], '*');
  }).observe(root);
})();
