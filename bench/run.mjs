// Summit Matrix benchmark: serves dist/ and the comparison pages locally and
// drives headless Chromium. Not part of the tests; figures go in BENCHMARKS.md.
//   node bench/run.mjs [--runs 10] [--interactions 50] [--cpu 4] [--skip-build]
// It builds the 100× variant itself (SUMMIT_SCALE=100, own target dir) unless
// --skip-build; run `trunk build --release=true` first for dist/.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from '../scripts/serve.mjs';
import { staticPage, plotPage } from './pages.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const RUNS = Number(arg('runs', 10));
const INTERACTIONS = Number(arg('interactions', 50));
const CPU = Number(arg('cpu', 4));
const OUT = '.bench';

const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const ms = (x) => `${x.toFixed(1)} ms`;
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

// ── Sizes ────────────────────────────────────────────────────────────────
const firstLoad = (dir) => readdirSync(dir).filter((f) => /\.(html|js|wasm|css|json)$/.test(f) && !/\.[a-z]{2}\.html$/.test(f) && !['embed.html', 'embed-demo.html', 'embed-demo.css', 'embed.js', 'nomodule.js', 'sw.js', 'manifest.webmanifest'].includes(f));
function sizes(dir) {
  return firstLoad(dir).map((f) => {
    const body = readFileSync(join(dir, f));
    return { file: f, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
  });
}
const total = (rows, k) => rows.reduce((s, r) => s + r[k], 0);

// CPU time the hypervisor gave to other guests ("steal") during the run: on
// a shared virtual machine it is what makes one run noisier than another.
const cpuTicks = () => readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
const ticksBefore = cpuTicks();

// ── Browser measurements ─────────────────────────────────────────────────
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});

async function coldLoad(url, { ready }) {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await page.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.documentElement?.hasAttribute('data-sm-ready')) { window.__ready = performance.now(); o.disconnect(); }
    }).observe(document, { attributes: true, subtree: true });
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(ready);
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    ready: window.__ready ?? window.__painted ?? NaN,
    transfer: performance.getEntriesByType('navigation')[0].encodedBodySize + performance.getEntriesByType('resource').reduce((s, r) => s + r.encodedBodySize, 0),
    heap: performance.memory?.usedJSHeapSize ?? NaN,
    wasm: window.__wasm?.memory?.buffer.byteLength ?? 0,
  }));
  await context.close();
  return m;
}

async function loads(url, ready) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await coldLoad(url, { ready }));
  const pick = (k) => runs.map((r) => r[k]);
  return { fcp: median(pick('fcp')), ready: median(pick('ready')), transfer: median(pick('transfer')), heap: median(pick('heap')), wasm: median(pick('wasm')) };
}

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
  // chip (hides row groups), a meeting chip (removes columns) and the
  // "show" select (hides rows by status).
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
const urls = { ours: await at('dist'), ours100: await at(`${OUT}/dist-100x`), static: await at(`${OUT}/static`, {}), plot: await at(`${OUT}/plot`, {}) };

const readyOurs = () => document.documentElement.hasAttribute('data-sm-ready');
const results = {
  ours: await loads(urls.ours, readyOurs),
  ours100: await loads(urls.ours100, readyOurs),
  static: await loads(urls.static, () => document.querySelector('table')),  // no script: interactive is n/a
  plot: await loads(urls.plot, () => window.__painted),
};
const lat = { 1: await latencies(urls.ours, 1), 100: await latencies(urls.ours100, 1), '1cpu': await latencies(urls.ours, CPU), '100cpu': await latencies(urls.ours100, CPU) };
await browser.close();
servers.forEach((s) => { s.closeAllConnections(); s.close(); });

// ── Report ───────────────────────────────────────────────────────────────
const date = new Date().toISOString().slice(0, 10);
const cpuModel = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const ticks = cpuTicks().map((t, i) => t - ticksBefore[i]);
const steal = (100 * ticks[7]) / ticks.reduce((a, b) => a + b, 0);
const lines = [];
lines.push(`Run: \`node bench/run.mjs --runs ${RUNS} --interactions ${INTERACTIONS} --cpu ${CPU}\` on ${date}; ${cpuModel}, 2 cores; ${chromiumVersion}, headless; pages served by scripts/serve.mjs (gzip) on 127.0.0.1; loads are cold (new browser context each) at a 412 × 915 viewport with the CPU slowed ${CPU}×; CPU time stolen by the hypervisor during the run: ${steal.toFixed(1)}%.`);
lines.push('', '### First-load files (dist/)', '', '| file | raw | gzip | brotli |', '| --- | ---: | ---: | ---: |');
const ourSizes = sizes('dist');
for (const r of ourSizes) lines.push(`| ${r.file} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
lines.push(`| **total** | ${kb(total(ourSizes, 'raw'))} | ${kb(total(ourSizes, 'gzip'))} | ${kb(total(ourSizes, 'brotli'))} |`);
const plotSizes = sizes(`${OUT}/plot`);
lines.push('', `Observable Plot page (d3 7.9 + Plot 0.6.17 minified, data, page): ${kb(total(plotSizes, 'raw'))} raw, ${kb(total(plotSizes, 'gzip'))} gzip, ${kb(total(plotSizes, 'brotli'))} brotli.`);
lines.push('', '### Loads (median of ' + RUNS + ' cold loads)', '', '| page | first contentful paint | interactive / chart painted | transferred (gzip) | JS heap | WASM memory |', '| --- | ---: | ---: | ---: | ---: | ---: |');
const row = (name, r) => lines.push(`| ${name} | ${ms(r.fcp)} | ${ms(r.ready)} | ${kb(r.transfer)} | ${kb(r.heap)} | ${r.wasm ? kb(r.wasm) : '–'} |`);
row('Summit Matrix', results.ours);
row('Summit Matrix, 100× corpus', results.ours100);
row('static table (no script)', results.static);
row('Observable Plot', results.plot);
lines.push('', '### Ratios (ours ÷ alternative; targets in brackets)', '');
lines.push(`- First contentful paint vs the static table: ${ratio(results.ours.fcp, results.static.fcp)} [≤ 1.2×]`);
lines.push(`- Interactive vs Observable Plot painting its chart: ${ms(results.ours.ready)} vs ${ms(results.plot.ready)} = ${ratio(results.ours.ready, results.plot.ready)} [< 1×]`);
lines.push(`- First-load transfer vs Observable Plot: ${ratio(results.ours.transfer, results.plot.transfer)} [≤ 0.60×]`);
lines.push(`- First contentful paint vs Observable Plot: ${ratio(results.ours.fcp, results.plot.fcp)}`);
lines.push('', `### Interaction latency (${INTERACTIONS} of each; action to settled, laid-out DOM; median / p95)`, '', '| corpus | CPU | category chip | meeting chip | show select | search keystroke |', '| --- | --- | ---: | ---: | ---: | ---: |');
const both = (xs) => `${median(xs).toFixed(1)} / ${p95(xs).toFixed(1)} ms`;
const settings = [['1', '1×', '1×'], ['100', '100×', '1×'], ['1cpu', '1×', `${CPU}× slower`], ['100cpu', '100×', `${CPU}× slower`]];
for (const [key, label, cpu] of settings) {
  const l = lat[key];
  lines.push(`| ${label} | ${cpu} | ${both(l.filter.category)} | ${both(l.filter.meeting)} | ${both(l.filter.show)} | ${both(l.keys)} |`);
}
lines.push('', `The page's first keystroke also folds the search index (made on the first search, not at start-up): ${settings.map(([key, label, cpu]) => `${ms(lat[key].keys[0])} (${label} corpus, CPU ${cpu})`).join(', ')}.`);
const report = lines.join('\n');
writeFileSync(join(OUT, 'results.md'), report + '\n');
console.log(report);
