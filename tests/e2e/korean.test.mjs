// The Korean widget end to end: chosen by `lang`, by the browser's language
// or by the host page's, with no English interface string left (checked
// against the English string table and the English area names), laid out
// without clipping at 320 px, accessible, and in Korean from the first frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { start, until, fits, rowIds, ARTIFACTS } from './harness.mjs';
import { exported } from './data.mjs';

/** `key = "value"` strings of a TOML file (basic strings, JSON-compatible escapes). */
const tomlStrings = (path, keys = /\w+/) =>
  readFileSync(path, 'utf8').split('\n')
    .map((line) => line.match(/^([\w-]+) = (".*")$/))
    .filter((m) => m && keys.test(m[1]))
    .map((m) => JSON.parse(m[2]));

// Every English phrase a reader could see: the interface table, cut at its
// {holes}, and the English names and descriptions of areas and categories.
// Fragments under four letters ("A–Z", " · ") prove nothing and are skipped.
const ENGLISH = [
  ...tomlStrings('src/locales/en.toml').flatMap((s) => s.split(/\{\w+\}/)),
  ...tomlStrings('src/corpus/topics.toml', /^(label|description)$/),
].map((s) => s.trim()).filter((s) => /[A-Za-z]{4}/.test(s));

/** The interface text of the page: visible text and the attributes screen
    readers announce, without the articles' own words (sources, titles,
    quoted sentences, article bodies), which stay as published. */
const interfaceText = (page) => page.evaluate(() => {
  const published = '.sm-sources li, blockquote, .sm-quotes > li > p, .sm-kicker, #sm-article-title, .sm-article > h2, .sm-article > p, .sm-tagged > p, noscript, textarea, script';
  const parts = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement?.closest(published)) parts.push(node.textContent);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (!el.closest(published)) parts.push(...['aria-label', 'title', 'placeholder', 'alt'].map((a) => el.getAttribute(a) ?? ''));
  }
  return parts.join('\n');
});

let h;
before(async () => { h = await start(); });
after(async () => {
  await h.close();
  assert.deepEqual(h.problems, []);
});

const openKo = async (query, size) => {
  const page = await h.open(`?lang=ko${query ? `&${query}` : ''}`, size);
  assert.match(page.url(), /\/index\.ko\.html\?(.*&)?lang=ko/, 'the Korean page');
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  return page;
};

test('the English table has strings to look for', () => {
  assert.ok(ENGLISH.length > 100, `${ENGLISH.length} English phrases`);
});

for (const [state, query] of [['the matrix', ''], ['the evidence panel', 'cell=deterrence:2023'], ['the reading view', 'article=2023-04-state-visit'], ['a search with no match', 'q=zzzz']]) {
  test(`lang=ko: ${state} has no English interface string left`, async () => {
    const page = await openKo(query);
    if (query.startsWith('cell')) await page.waitForSelector('.sm-panel:popover-open');
    if (query.startsWith('article')) await page.waitForSelector('.sm-article');
    const text = await interfaceText(page);
    const left = ENGLISH.filter((phrase) => text.includes(phrase));
    assert.deepEqual(left, [], `English left in ${state}`);
    assert.match(text, /[가-힣]{2}/, 'and Korean is there');
    await page.close();
  });
}

test('lang=ko: the articles stay in English; the footer and dates are Korean', async () => {
  const page = await openKo('cell=covid:2021');
  await page.waitForSelector('.sm-panel:popover-open');
  assert.match(await page.textContent('.sm-panel:popover-open .sm-quotes blockquote'), /[A-Za-z]{4}/, 'quotes as published');
  assert.equal(await page.getAttribute('.sm-panel:popover-open .sm-quotes blockquote', 'lang'), 'en', 'and read by screen readers in English');
  assert.equal(await page.getAttribute('.sm-sources a[data-article]', 'lang'), 'en');
  assert.match(await page.textContent('thead'), /2021년 5월 21일/);
  assert.match(await page.textContent('.sm-panel:popover-open .sm-panel-sub'), /^문장 \d+개\./);
  assert.match(await page.textContent('.sm-sources'), /2021년 5월 22일/);
  await page.close();
});

test('lang=ko: zero axe violations, and screenshots at 375 and 1280 px', async () => {
  for (const width of [375, 1280]) {
    const page = await openKo('', { width, height: 900 });
    const result = await new AxeBuilder({ page }).analyze();
    assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe at ${width}px`);
    await page.screenshot({ path: join(ARTIFACTS, `korean-${width}.png`), fullPage: true });
    await page.close();
  }
});

test('lang=ko at 320 px: no clipped label, chip or header, no sideways scroll', async () => {
  const page = await openKo('', { width: 320, height: 800 });
  await page.click('.sm-filter-toggle');
  const clipped = await page.$$eval('.sm-chip-toggle, thead th, .sm-cat-row th, tbody th[scope=row], .sm-field label, .sm-field-label, .sm-button, .sm-headline, .sm-deck, .sm-legend', (els) =>
    els.filter((e) => e.getClientRects().length && e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent.trim()));
  assert.deepEqual(clipped, []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no horizontal scroll');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.sm')).wordBreak), 'keep-all');
  await page.screenshot({ path: join(ARTIFACTS, 'korean-320.png'), fullPage: true });
  await page.close();
});

test('the Korean page is Korean in its prerendered HTML, before any script runs', async () => {
  const html = await (await h.context.request.get(`${h.base}/index.ko.html`)).text();
  assert.match(html, /<html lang="ko">/);
  assert.match(html, /<h1 class="sm-headline">한미동맹 협력 분야는 어떻게 넓어졌나/);
  assert.match(html, /<title>서밋 매트릭스/);
  const embed = await (await h.context.request.get(`${h.base}/embed.ko.html`)).text();
  assert.match(embed, /<html lang="ko" data-embed>/);
  // The Korean page installs as a Korean app of its own.
  const href = html.match(/<link rel="manifest" href="([^"]+)"/)[1];
  const manifest = await (await h.context.request.get(`${h.base}/${href}`)).json();
  assert.equal(manifest.lang, 'ko');
  assert.match(manifest.name, /^서밋 매트릭스/);
  assert.equal(manifest.start_url, './index.ko.html');
  const english = await (await h.context.request.get(`${h.base}/manifest.webmanifest`)).json();
  assert.notEqual(manifest.id, english.id);
  assert.deepEqual(manifest.icons, english.icons);
});

test('a Korean browser gets Korean; lang=en and an unknown lang get English; a Korean link stays Korean', async () => {
  const ko = await start({ locale: 'ko-KR' });
  try {
    const page = await ko.open();
    assert.match(page.url(), /\/index\.ko\.html$/);
    assert.equal((await rowIds(page)).length, exported().topics.length);
    const english = await ko.open('?lang=en');
    assert.equal(await english.getAttribute('html', 'lang'), 'en');
    assert.doesNotMatch(english.url(), /\.ko\./);
  } finally {
    await ko.close();
    assert.deepEqual(ko.problems, []);
  }
  const shared = await h.open('index.ko.html?cat=security');
  assert.equal(await shared.getAttribute('html', 'lang'), 'ko', 'a shared Korean link stays Korean in an English browser');
  await shared.close();
  const page = await h.open('?lang=fr');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('.sm-notice'), /Ignored lang="fr": available: en, ko\. Showing English\./);
  await page.close();
});

test('an embed takes the host page\'s language, or its own lang', async () => {
  const host = createServer((req, res) => {
    const [lang, src] = req.url === '/ko' ? ['ko', 'embed.html?plain=1'] : ['en', 'embed.html?plain=1&lang=ko'];
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="${lang}"><head><title>Host</title></head>
      <body><div data-summit-matrix data-src="${h.base}/${src}"></div><script src="${h.base}/embed.js"></script></body></html>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const hostUrl = `http://127.0.0.1:${host.address().port}`;
  h.allowOrigin(hostUrl);
  try {
    for (const path of ['/ko', '/en-with-lang-ko']) {
      const page = await h.context.newPage();
      await page.goto(hostUrl + path);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      await frame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
      assert.equal(await frame.getAttribute('html', 'lang'), 'ko', path);
      assert.match(frame.url(), /embed\.ko\.html/, path);
      assert.equal(await frame.textContent('th.sm-topic-col'), '협력 분야', path);
      await until(() => fits(page, 'iframe'), `${path}: the Korean embed to size itself`);
      await page.close();
    }
  } finally {
    host.close();
  }
});
