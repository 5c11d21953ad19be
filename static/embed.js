/* Summit Matrix embed loader (under 1 KB gzipped; README "Embed it").
   Each [data-summit-matrix] or <summit-matrix> gets a lazy iframe whose
   height follows that iframe's own messages only. */
(function () {
  var frames = [];
  function mount(el) {
    var src = el.getAttribute('data-src') || el.getAttribute('src');
    if (!src || el.querySelector('iframe')) return;
    if (el.localName === 'summit-matrix') el.style.display = 'block';
    var f = document.createElement('iframe');
    var lang = document.documentElement.lang;
    if (lang && !/[?&]lang=/.test(src)) src += (src.indexOf('?') < 0 ? '?' : '&') + 'hostlang=' + encodeURIComponent(lang);
    f.src = src;
    f.title = el.getAttribute('data-title') || 'Summit Matrix: how US–South Korea cooperation broadened, 2021–2023';
    f.loading = 'lazy';
    f.scrolling = 'no';
    f.style.display = 'block';
    f.style.width = '100%';
    f.style.border = '0';
    f.style.height = (parseInt(el.getAttribute('data-height'), 10) || 900) + 'px';
    el.appendChild(f);
    frames.push(f);
  }
  addEventListener('message', function (e) {
    var d = e.data && e.data['summit-matrix'];
    if (!d || d.type !== 'height') return;
    var h = Math.ceil(Number(d.height));
    if (!(h > 0 && h < 100000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = h + 'px';
    }
  });
  if (window.customElements && !customElements.get('summit-matrix')) {
    customElements.define('summit-matrix', class extends HTMLElement {
      connectedCallback() { mount(this); }
    });
  }
  function scan() { [].forEach.call(document.querySelectorAll('[data-summit-matrix]'), mount); }
  if (document.readyState === 'loading') addEventListener('DOMContentLoaded', scan); else scan();
})();
