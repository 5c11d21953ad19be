// Shared set-up for the end-to-end tests: serves dist/ on a free loopback
// port, with the response headers of static/_headers (the strict
// Content-Security-Policy), and launches Debian's Chromium through
// playwright-core with a fresh profile. Every test asserts that nothing went
// wrong on any page: console errors, page errors, Content-Security-Policy
// violations, dialogs, and requests to any origin but the allowed ones.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

export const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** Starts the server and a browser; returns helpers and a close(). */
export async function start({ dist = 'dist', colorScheme = 'light', javaScriptEnabled = true, locale = 'en-US' } = {}) {
  let server = await serve(dist, 0);
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  /** Takes the site off the network, as when a reader goes offline. */
  const stopServer = async () => {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  };
  /** Serves `dir` again at the same address (a new release). */
  const serveAgain = async (dir) => {
    server = await serve(dir, port);
  };
  const profile = mkdtempSync(join(tmpdir(), 'sm-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS, colorScheme,
    viewport: { width: 1280, height: 900 }, javaScriptEnabled, locale,
  });
  const problems = [];
  const origins = new Set([base]);
  /** Lets pages request `origin` too (a host page on another origin). */
  const allowOrigin = (origin) => origins.add(origin);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} in ${e.documentURI}`));
  });
  const watch = (page) => {
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}${m.location()?.url ? ` (${m.location().url})` : ''}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.type()} ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!['data:', 'blob:'].includes(url.protocol) && !origins.has(url.origin)) problems.push(`request to another origin: ${r.url()}`);
    });
    return page;
  };
  context.on('page', watch);
  /** Opens the widget at `query` and waits until it is live (hydrated). */
  const open = async (query = '', { width = 1280, height = 900 } = {}) => {
    const page = watch(await context.newPage());
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/${query}`);
    if (javaScriptEnabled) await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
    await page.waitForSelector('.sm-matrix, .sm-article');
    return page;
  };
  const close = async () => {
    await context.close();
    if (server.listening) await stopServer();
    rmSync(profile, { recursive: true, force: true });
  };
  return { base, context, open, watch, problems, close, stopServer, serveAgain, allowOrigin };
}

/** Polls `check` until it returns true (a condition, not a sleep). */
export async function until(check, what, timeout = 10000) {
  const end = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** [iframe height, content height, content overflow] of the embed in `selector`. */
export async function heights(page, selector) {
  const el = await page.$(selector);
  const frame = await el.contentFrame();
  const outer = await el.evaluate((f) => f.getBoundingClientRect().height);
  const [inner, overflow] = await frame.evaluate(() => {
    const d = document.documentElement;
    return [Math.ceil(d.getBoundingClientRect().height), d.scrollHeight - d.clientHeight];
  });
  return { outer, inner, overflow, frame };
}

export const fits = async (page, selector) => {
  const { outer, inner, overflow } = await heights(page, selector);
  return Math.abs(outer - inner) <= 1 && overflow <= 1;
};

/** Twenty different views, for a host page with twenty embeds. */
export const VIEWS = [
  '', 'plain=1', 'cat=security', 'cat=health&plain=1', 'meet=2023', 'show=new', 'q=chips', 'sort=az',
  'cat=economy-technology', 'cat=climate-energy&meet=2022', 'cat=diplomacy-values', 'cat=people-regions&plain=1',
  'show=continuing', 'meet=2021,2022', 'q=deterrence&plain=1', 'sort=mentions', 'cell=space:2023', 'theme=dark',
  'cat=security,health&plain=1', 'q=quantum',
];

/** A host page with one embed per view, loading embed.js from `widget`. */
export const manyEmbedsPage = (widget) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twenty embeds</title></head>
<body><h1>Twenty embeds</h1>
${VIEWS.map((v, i) => `<section><h2>Embed ${i + 1}</h2><div data-summit-matrix data-src="${widget}/embed.html?${v}${v ? '&' : ''}id=embed-${i + 1}"></div></section>`).join('\n')}
<script src="${widget}/embed.js" async></script></body></html>`;

/** The ids of the visible matrix rows, in order. */
export const rowIds = (page) =>
  page.$$eval('tbody:not([hidden]) > tr.sm-row:not([hidden])', (rows) => rows.map((r) => r.querySelector('button.sm-cell')?.id.replace(/^sm-cell-(.*)-\d{4}$/, '$1') ?? r.textContent));

/** The years of the meeting columns. */
export const columnYears = (page) => page.$$eval('thead th:not([hidden]) .sm-year', (ys) => ys.map((y) => Number(y.textContent)));
