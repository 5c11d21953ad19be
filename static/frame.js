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
      each watched, tells which part. */
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

  // 1. The height.
  if (!window.ResizeObserver) return;
  var embed = id('id') || 'summit-matrix';
  var child = id('childId');
  var last = -1;
  new ResizeObserver(function () {
    var height = Math.ceil(root.getBoundingClientRect().height);
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
    for (var i = 0; i < messages.length; i++) parent.postMessage(messages[i], '*');
  }).observe(root);
})();
