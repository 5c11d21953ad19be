// The end-to-end smoke test in another engine: Debian's Firefox ESR,
// headless, driven by puppeteer-core over WebDriver BiDi. The matrix
// renders, a filter works, evidence opens, and nothing goes wrong: no console
// error, page error, policy violation or request to another origin (the
// server sends the static/_headers policy, as for Chromium).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/serve.mjs';

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
let server, base, browser;
const problems = [];

before(async () => {
  server = await serve('dist', 0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi' });
});

after(async () => {
  await browser?.close();
  server.closeAllConnections();
  server.close();
  assert.deepEqual(problems, [], 'no console errors, page errors, policy violations or foreign requests');
});

async function open(query = '') {
  const page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push(`request: ${r.url()}`); });
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('html[data-sm-ready]');
  return page;
}

const visibleRows = (page) => page.$$eval('tbody:not([hidden]) > tr.sm-row:not([hidden])', (rows) => rows.length);

test('Firefox ESR: the matrix renders, a filter works and evidence opens', async () => {
  assert.match(await browser.version(), /^firefox\//i);
  const page = await open();
  const all = await visibleRows(page);
  assert.ok(all >= 20, `${all} rows`);
  const health = await page.$('::-p-xpath(//button[contains(@class,"sm-chip-toggle")][normalize-space()="Health"])');
  await health.click();
  await page.waitForFunction((n) => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length < n, {}, all);
  assert.equal(await page.$eval('.sm-chip-toggle[aria-pressed="true"]', (b) => b.textContent.trim()), 'Health');
  await page.click('#sm-cell-covid-2021');
  await page.waitForSelector('.sm-panel');
  assert.match(await page.$eval('.sm-panel', (p) => p.textContent), /COVID-19/);
  // The address carries the open cell once the state settles.
  await page.waitForFunction(() => /cell=covid(%3A|:)2021/.test(location.search));
  await page.close();
});
