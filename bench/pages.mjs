// The comparison pages, generated from the export so all three show the same
// matrix: (1) a static HTML table with no script, the physical limit, and
// (2) the same matrix drawn with Observable Plot (cell and text marks).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function staticPage(dir, data) {
  mkdirSync(dir, { recursive: true });
  const categories = [...new Set(data.topics.map((t) => t.category))];
  const rows = categories.map((c) => `<tbody><tr><th colspan="${data.years.length + 1}">${esc(c)}</th></tr>${data.topics
    .filter((t) => t.category === c)
    .map((t) => `<tr><th scope="row">${esc(t.label)}</th>${t.cells.map((cell) => `<td>${cell.count || '–'}${cell.status === 'new' ? ' NEW' : ''}</td>`).join('')}</tr>`)
    .join('')}</tbody>`).join('');
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static table</title><link rel="icon" href="data:,">
<style>body{font:16px/1.4 system-ui,sans-serif;margin:16px}table{border-collapse:collapse}th,td{padding:6px 8px;border-bottom:1px solid #ddd;text-align:center}th[scope=row]{text-align:left}</style></head>
<body><table><caption>Areas of cooperation named at each meeting</caption><thead><tr><th>Area</th>${data.years.map((y) => `<th>${y}</th>`).join('')}</tr></thead>${rows}</table></body></html>`);
}

export function plotPage(dir, data) {
  mkdirSync(dir, { recursive: true });
  copyFileSync('node_modules/d3/dist/d3.min.js', join(dir, 'd3.min.js'));
  copyFileSync('node_modules/@observablehq/plot/dist/plot.umd.min.js', join(dir, 'plot.umd.min.js'));
  const cells = data.topics.flatMap((t) => t.cells.map((c) => ({ topic: t.label, category: t.category, year: String(c.year), count: c.count, status: c.status })));
  writeFileSync(join(dir, 'data.json'), JSON.stringify(cells));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Observable Plot</title><link rel="icon" href="data:,">
<script src="d3.min.js"></script><script src="plot.umd.min.js"></script></head><body>
<script>
fetch('data.json').then((r) => r.json()).then((cells) => {
  const chart = Plot.plot({
    marginLeft: 200, width: 720, height: ${data.topics.length * 26 + 40}, x: { label: null }, y: { label: null, domain: ${JSON.stringify(data.topics.map((t) => t.label))} },
    color: { type: 'linear', scheme: 'blues' },
    marks: [
      Plot.cell(cells, { x: 'year', y: 'topic', fill: (d) => d.count || null, inset: 1 }),
      Plot.text(cells, { x: 'year', y: 'topic', text: (d) => d.count ? d.count + (d.status === 'new' ? ' NEW' : '') : '–' }),
    ],
  });
  document.body.append(chart);
  requestAnimationFrame(() => { window.__painted = performance.now(); });
});
</script></body></html>`);
}
