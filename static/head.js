/* Summit Matrix: runs before anything paints (a render-blocking classic
   script at the top of <head>), so the first frame is already right.
   1. Picks the page in the reader's language. Each locale has its own
      prerendered page: index.html and embed.html in English, index.ko.html
      and embed.ko.html in Korean. The choice: the link's `lang` (an unknown
      value keeps English, and the widget says so), else the language a
      page's own name carries (a shared index.ko.html link stays Korean),
      else the host page's language that embed.js passes as `hostlang`, else
      the first of the browser's languages the widget has, else English.
   2. Marks a plain embed (`plain` given as 1, true, yes or empty) with
      data-plain, so the static header and the footer never show in it. The
      widget keeps the attribute in step once it runs (src/hooks.rs). */
(function () {
  var have = ['en', 'ko'];
  function pick(tag) {
    var code = String(tag || '').toLowerCase().split(/[-_]/)[0];
    return have.indexOf(code) >= 0 ? code : null;
  }
  var query = new URLSearchParams(location.search);
  if (query.has('plain') && /^(|1|true|yes)$/i.test(query.get('plain').trim())) {
    document.documentElement.setAttribute('data-plain', '');
  }
  var named = /\.([a-z]{2})\.html$/.exec(location.pathname);
  var wanted = query.has('lang')
    ? pick(query.get('lang')) || 'en'
    : (named && pick(named[1])) ||
      pick(query.get('hostlang')) ||
      (navigator.languages || [navigator.language]).map(pick).filter(Boolean)[0] ||
      'en';
  if (wanted === document.documentElement.lang) return;
  var path = location.pathname;
  var folder = path.slice(0, path.lastIndexOf('/') + 1);
  var stem = (path.slice(folder.length) || 'index.html').replace(/(\.[a-z]{2})?\.html$/, '');
  location.replace(folder + stem + (wanted === 'en' ? '' : '.' + wanted) + '.html' + location.search + location.hash);
})();
