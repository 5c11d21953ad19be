// Hardening benchmarks: what hostile input costs, and what each embed costs
// on a page with many. Serves dist/ (build it first) and drives headless
// Chromium. Not part of the tests; figures go in BENCHMARKS.md.
//   node bench/hardening.mjs [--runs 10]
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serve } from '../scripts/serve.mjs';
import { VIEWS, manyEmbedsPage } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : fallback; };
const RUNS = Number(arg('runs', 10));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;
const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});
const widget = await serve('dist', 0);
const base = `http://127.0.0.1:${widget.address().port}`;

// ── Hostile links and searches: time from navigation to a live widget ────
async function timeToLive(query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const started = performance.now();
  await page.goto(`${base}/?${query}`);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  const took = performance.now() - started;
  await context.close();
  return took;
}
async function longSearch() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  const took = await page.evaluate(async (text) => {
    const input = document.querySelector('#sm-q');
    const started = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    while (!document.querySelector('.sm-notice')) await new Promise(requestAnimationFrame);
    return performance.now() - started;
  }, 'quantum '.repeat(125));
  await context.close();
  return took;
}
const links = [
  ['a plain link', 'cat=security'],
  ['a 10,000-character query', `cat=security&q=${'a'.repeat(10_000)}`],
  ['1,000 repeated parameters', Array(1000).fill('cat=health').join('&')],
  ['1,000 unknown parameters', Array.from({ length: 1000 }, (_, i) => `k${i}=v`).join('&')],
];
const linkTimes = [];
for (const [label, query] of links) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeToLive(query));
  linkTimes.push([label, median(runs)]);
}
const searchRuns = [];
for (let i = 0; i < RUNS; i++) searchRuns.push(await longSearch());

// ── Many embeds: memory with 1 and with 20 on one host page ──────────────
async function embedsMemory(count) {
  const page = manyEmbedsPage(base).replace(/(<section>[\s\S]*?<\/section>\n?)+/, (all) => all.split('\n').slice(0, count).join('\n'));
  const host = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page));
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  await context.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; }));
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${host.address().port}/`);
  await tab.waitForFunction((n) => document.querySelectorAll('iframe').length === n, count);
  const frames = [];
  for (let i = 0; i < count; i++) {
    const sel = `section:nth-of-type(${i + 1}) iframe`;
    await tab.locator(sel).scrollIntoViewIfNeeded();
    const frame = await (await tab.$(sel)).contentFrame();
    await frame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
    frames.push(frame);
  }
  // Host and widget differ only by port, so Chromium keeps them in one
  // renderer (one JS heap); the 1-versus-20 difference is the embeds' cost.
  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const wasm = await Promise.all(frames.map((f) => f.evaluate(() => Object.values(window.__wasm ?? {}).find((x) => x instanceof WebAssembly.Memory)?.buffer.byteLength ?? 0)));
  await context.close();
  host.close();
  return { heap: usedSize, wasm: wasm.reduce((a, b) => a + b, 0), frames: count };
}
const one = await embedsMemory(1);
const twenty = await embedsMemory(VIEWS.length);
await browser.close();
widget.closeAllConnections();
widget.close();

// ── Report ───────────────────────────────────────────────────────────────
const date = new Date().toISOString().slice(0, 10);
const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
const chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
const perEmbedHeap = (twenty.heap - one.heap) / (twenty.frames - one.frames);
const lines = [
  `Run: \`node bench/hardening.mjs --runs ${RUNS}\` on ${date}; ${cpu}, 2 cores; ${chromiumVersion}, headless, CPU not slowed; dist/ served by scripts/serve.mjs.`,
  '', `### Hostile input (median of ${RUNS})`, '', '| input | time to a live widget, with its notice |', '| --- | ---: |',
  ...linkTimes.map(([label, t]) => `| ${label} | ${ms(t)} |`),
  `| a 1,000-character search typed into the box (input event to notice painted) | ${ms(median(searchRuns))} |`,
  '', '### Many embeds (one host page, embeds from another origin, all loaded)', '',
  '| embeds | widget renderer JS heap (after GC) | WASM memory, all instances |', '| ---: | ---: | ---: |',
  `| ${one.frames} | ${mb(one.heap)} | ${mb(one.wasm)} |`,
  `| ${twenty.frames} | ${mb(twenty.heap)} | ${mb(twenty.wasm)} |`,
  '', `Per embed: ${mb(perEmbedHeap)} of JS heap and ${mb(twenty.wasm / twenty.frames)} of WASM linear memory, so about ${mb(perEmbedHeap + twenty.wasm / twenty.frames)} each.`,
];
const report = lines.join('\n');
mkdirSync('.bench', { recursive: true });
writeFileSync('.bench/hardening.md', report + '\n');
console.log(report);
