// Summit Matrix benchmark: serves dist/ and the comparison pages locally and
// drives headless Chromium. Not part of the tests; figures go in BENCHMARKS.md.
//   node bench/run.mjs [--runs 10] [--interactions 50] [--cpu 4] [--skip-build] [--loads-only] [--floors]
// (--loads-only leaves out the interaction latencies, for a quicker look;
// --floors adds to the loads the page without the widget and the page with
// the smallest Yew app instead of it: see bench/floors.mjs.)
// It builds the 100× variant itself (SUMMIT_SCALE=100, own target dir) unless
// --skip-build; run `trunk build --release=true` first for dist/.
//
// Loads: for each CPU rate (1× and --cpu), rounds of one cold load of every
// page (ours, ours on the 100× corpus, the static table, the Plot page) in
// an order that turns each round, so a slow stretch of the machine hits them
// all alike; what a load measures, and when a page counts as interactive, is
// in bench/load.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { staticPage, plotPage } from './pages.mjs';
import { buildFloors } from './floors.mjs';
import { launch, coldLoad } from './load.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const RUNS = Number(arg('runs', 10));
const INTERACTIONS = Number(arg('interactions', 50));
const CPU = Number(arg('cpu', 4));
const FLOORS = process.argv.includes('--floors');
const OUT = '.bench';
mkdirSync(OUT, { recursive: true });

const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const ms = (x) => (Number.isNaN(x) ? '–' : `${x.toFixed(0)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

// ── Build the 100× variant and the comparison pages ──────────────────────
if (!process.argv.includes('--skip-build')) {
  execFileSync('trunk', ['build', '--release=true', '--dist', `${OUT}/dist-100x`], {
    stdio: 'inherit', env: { ...process.env, SUMMIT_SCALE: '100', CARGO_TARGET_DIR: 'target/bench-100x' },
  });
}
const data = JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'summit-core', '--bin', 'export'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
staticPage(`${OUT}/static`, data);
plotPage(`${OUT}/plot`, data);
const floors = FLOORS ? buildFloors('dist', OUT) : null;

// ── Sizes: every file a first visit to each page fetches ─────────────────
// (index.html's own files: the other locales' boot scripts and WebAssembly,
// boot.ko-… and summit-matrix.ko-…, are not fetched by it.)
const FIRST_LOAD = /^(index\.html|head\.js|boot-[^.]+\.js|summit-[0-9a-f]+\.css|summit-matrix-[^.]+(_bg\.wasm|\.js))$/;
function sizes(dir, pick = () => true) {
  return readdirSync(dir).filter(pick).sort().map((f) => {
    const body = readFileSync(join(dir, f));
    return { file: f, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
}
const total = (rows, k) => rows.reduce((s, r) => s + r[k], 0);

// CPU time the hypervisor gave to other guests ("steal") during the run: on
// a shared virtual machine it is what makes one run noisier than another.
const cpuTicks = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
const ticksBefore = cpuTicks();

const browser = await launch();

// Time from an action until the widget's DOM has settled and been laid out.
async function latencies(url, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(url);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  await page.evaluate(() => {
    window.__measure = (act) => new Promise((done) => {
      let last = 0;
      const t0 = performance.now();
      const next = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const mo = new MutationObserver(() => { void document.body.offsetHeight; last = performance.now(); });
      mo.observe(document.querySelector('.sm'), { subtree: true, childList: true, characterData: true, attributes: true });
      act();
      (async () => { await next(); await next(); mo.disconnect(); done(last ? last - t0 : NaN); })();
    });
  });
  // Three kinds of filter change, each toggled back and forth: a category
  // chip (hides row groups), a meeting chip (hides columns) and the "show"
  // select (hides rows by status).
  const kinds = {
    category: () => document.querySelector('button.sm-chip-toggle.sm-cat-3').click(),
    meeting: () => document.querySelector('button.sm-chip-toggle:not([class*="sm-cat-"])').click(),
    show: () => {
      const select = document.querySelector('#sm-show');
      select.selectedIndex = select.selectedIndex === 1 ? 0 : 1;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
  };
  const filter = {}, keys = [];
  for (const [kind, act] of Object.entries(kinds)) {
    filter[kind] = [];
    for (let i = 0; i < INTERACTIONS; i++) filter[kind].push(await page.evaluate(`window.__measure(${act})`));
  }
  const word = 'quantum';
  for (let i = 0; i < INTERACTIONS; i++) {
    const value = word.slice(0, (i % word.length) + 1);
    keys.push(await page.evaluate((v) => window.__measure(() => {
      const input = document.querySelector('#sm-q');
      input.value = v;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), value));
  }
  await context.close();
  return { filter, keys };
}

const servers = [];
// Our pages get our headers (the strict policy); the comparison pages, which
// use inline code, are served with none.
const at = async (dir, headers) => { const s = await serve(dir, 0, '127.0.0.1', '/', headers); servers.push(s); return `http://127.0.0.1:${s.address().port}/`; };
const PAGES = {
  ours: { url: await at('dist'), scripted: true, matrix: true },
  // The same page, tapped at its first paint (bench/load.mjs): when its first tap is answered.
  oursTap: { url: await at('dist'), scripted: false, tap: true },
  ours100: { url: await at(`${OUT}/dist-100x`), scripted: true },
  static: { url: await at(`${OUT}/static`, {}), scripted: false },
  plot: { url: await at(`${OUT}/plot`, {}), scripted: true },
  ...(floors && { floorPage: { url: await at(floors.page), scripted: true }, floorYew: { url: await at(floors.yew), scripted: true } }),
};
const loads = {};
for (const cpu of [1, CPU]) {
  const runs = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
  // The order turns each round, so no page always loads first or last.
  const names = Object.keys(PAGES);
  for (let round = 0; round < RUNS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + round) % names.length];
      runs[name].push(await coldLoad(browser, PAGES[name].url, { cpu, scripted: PAGES[name].scripted, matrix: PAGES[name].matrix, tap: PAGES[name].tap }));
    }
  }
  loads[cpu] = Object.fromEntries(Object.entries(runs).map(([name, rs]) => [name, Object.fromEntries(Object.keys(rs[0]).map((k) => [k, median(rs.map((r) => r[k]))]))]));
}
const LOADS_ONLY = process.argv.includes('--loads-only');
const lat = LOADS_ONLY ? null : { 1: await latencies(PAGES.ours.url, 1), 100: await latencies(PAGES.ours100.url, 1), '1cpu': await latencies(PAGES.ours.url, CPU), '100cpu': await latencies(PAGES.ours100.url, CPU) };
await browser.close();
servers.forEach((s) => { s.closeAllConnections(); s.close(); });

// ── Report ───────────────────────────────────────────────────────────────
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ticks = cpuTicks().map((t, i) => t - ticksBefore[i]);
const steal = (100 * ticks[7]) / ticks.reduce((a, b) => a + b, 0);
const lines = [];
lines.push(`Run: \`node bench/run.mjs ${process.argv.slice(2).join(' ')}\` on ${date} UTC; ${cpuModel}, 2 cores; ${chromiumVersion}, headless; pages served by scripts/serve.mjs (gzip) on 127.0.0.1; cold loads (a new browser context each) at 412 × 915, medians of ${RUNS}; CPU time stolen by the hypervisor during the run: ${steal.toFixed(1)}%.`);
lines.push('', '#### First-load files', '', '| file | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |');
const ours = sizes('dist', (f) => FIRST_LOAD.test(f));
for (const r of ours) lines.push(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
lines.push(`| **Summit Matrix, total** | ${kb(total(ours, 'raw'))} | ${kb(total(ours, 'gzip'))} | ${kb(total(ours, 'brotli'))} |`);
const plot = sizes(`${OUT}/plot`);
for (const r of plot) lines.push(`| Plot page: ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
lines.push(`| **Observable Plot page, total** | ${kb(total(plot, 'raw'))} | ${kb(total(plot, 'gzip'))} | ${kb(total(plot, 'brotli'))} |`);
const stat = sizes(`${OUT}/static`);
lines.push(`| **static table, total** | ${kb(total(stat, 'raw'))} | ${kb(total(stat, 'gzip'))} | ${kb(total(stat, 'brotli'))} |`);
for (const cpu of [1, CPU]) {
  const l = loads[cpu];
  lines.push('', `#### Loads, CPU ${cpu === 1 ? 'not slowed' : `${cpu}× slower`}`, '', '| page | first contentful paint | interactive | longest task | total blocking time | transferred (gzip) | JS heap | WASM memory |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (name, r) => lines.push(`| ${name} | ${ms(r.fcp)} | ${ms(r.interactive)} | ${ms(r.longest)} | ${ms(r.tbt)} | ${kb(r.transfer)} | ${kb(r.heap)} | ${r.wasm ? kb(r.wasm) : '–'} |`);
  row('Summit Matrix', l.ours);
  row('Summit Matrix, 100× corpus', l.ours100);
  row('static table (no script)', l.static);
  row('Observable Plot (interactive: chart painted)', l.plot);
  if (floors) {
    row('floor: the page without the widget (ready after DOMContentLoaded and one task)', l.floorPage);
    row('floor: the page with the smallest Yew app instead of the widget', l.floorYew);
  }
  lines.push('', `Plot's page appends its chart and reaches the next frame at ${ms(l.plot.appended)}, and paints it at ${ms(l.plot.interactive)}.`);
  lines.push('', `Summit Matrix takes its matrix over (hydrates it, after the controls) at ${ms(l.ours.matrix)}; the longest task until then: ${ms(l.ours.longestUntilMatrix)}.`);
  lines.push('', `First tap answered (a cell tapped as soon as it is painted, until the frame that shows its sentences): tapped at ${ms(l.oursTap.tapped)}, answered at ${ms(l.oursTap.answered)}, ${ratio(l.oursTap.answered, l.plot.interactive)} of Plot's chart painted (first paint in those loads ${ms(l.oursTap.fcp)}).`);
  lines.push('', `Ratios at CPU ${cpu}×: first tap answered ${ratio(l.oursTap.answered, l.plot.interactive)} of Plot's chart painted; transfer ${ratio(l.ours.transfer, l.plot.transfer)} of Plot's; interactive ${ratio(l.ours.interactive, l.plot.interactive)} of Plot's chart painted; longest task ${ratio(l.ours.longest, l.plot.longest)} of Plot's; first contentful paint ${ratio(l.ours.fcp, l.static.fcp)} of the static table's (${ratio(l.ours.fcp, l.plot.fcp)} of Plot's).`);
  if (floors) lines.push('', `Floors at CPU ${cpu}×: the page alone is ready at ${ratio(l.floorPage.interactive, l.plot.interactive)} of Plot's chart painted, the page with the smallest Yew app at ${ratio(l.floorYew.interactive, l.plot.interactive)}; the widget's start-up adds ${ms(l.ours.interactive - l.floorPage.interactive)} to the page, the smallest Yew app ${ms(l.floorYew.interactive - l.floorPage.interactive)}.`);
}
if (lat) {
lines.push('', `#### Interaction latency (${INTERACTIONS} of each; action to settled, laid-out DOM; median / p95)`, '', '| corpus | CPU | category chip | meeting chip | show select | search keystroke |', '| --- | --- | ---: | ---: | ---: | ---: |');
const both = (xs) => `${median(xs).toFixed(1)} / ${p95(xs).toFixed(1)} ms`;
const settings = [['1', '1×', '1×'], ['100', '100×', '1×'], ['1cpu', '1×', `${CPU}× slower`], ['100cpu', '100×', `${CPU}× slower`]];
for (const [key, label, cpu] of settings) {
  const l = lat[key];
  lines.push(`| ${label} | ${cpu} | ${both(l.filter.category)} | ${both(l.filter.meeting)} | ${both(l.filter.show)} | ${both(l.keys)} |`);
}
lines.push('', `The page's first keystroke also folds the search index (made on the first search, not at start-up): ${settings.map(([key, label, cpu]) => `${lat[key].keys[0].toFixed(1)} ms (${label} corpus, CPU ${cpu})`).join(', ')}.`);
}
const report = lines.join('\n');
writeFileSync(join(OUT, 'results.md'), report + '\n');
writeFileSync(join(OUT, 'results.json'), JSON.stringify({ date, loads, sizes: { ours, plot }, steal }, null, 1));
console.log(report);
