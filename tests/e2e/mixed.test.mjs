// Korean articles as evidence: the widget built on the seed articles and two
// Korean reports written for the tests (tests/fixtures/korean), as a Korean
// newsroom would. Built by the README's test command into target/dist-mixed.
// Counts stay per meeting across both languages; the evidence panel lists
// the sentences in the page's language first, each marked with its lang,
// the others named; a Korean search finds Korean evidence; the reading view
// shows a Korean article cleaned of its broadcast labels and chrome.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { start, ARTIFACTS } from './harness.mjs';
import { exported } from './data.mjs';

const CORPUS = ['src/corpus/articles', 'tests/fixtures/korean'];
let h, data;
before(async () => {
  h = await start({ dist: 'target/dist-mixed' });
  data = exported(...CORPUS);
});
after(async () => {
  await h.close();
  assert.deepEqual(h.problems, []);
});

const quotes = (page) => page.$$eval('.sm-panel:popover-open .sm-quotes > li', (qs) => qs.map((q) => ({
  lang: q.querySelector('blockquote').getAttribute('lang'),
  text: q.querySelector('blockquote').textContent,
  named: q.querySelector('.sm-lang')?.textContent ?? null,
})));

test('the Korean page lists Korean evidence first, then the English, named', async () => {
  const page = await h.open('index.ko.html?cell=deterrence:2023');
  await page.waitForSelector('.sm-panel:popover-open');
  const cell = data.topics.find((t) => t.id === 'deterrence').cells.find((c) => c.year === 2023);
  const qs = await quotes(page);
  assert.equal(qs.length, cell.count, 'the panel lists every sentence the count counts, both languages');
  assert.ok(cell.evidence.some((e) => e.doc === '2023-ko-fixture'), 'the count includes the Korean report');
  const firstEnglish = qs.findIndex((q) => q.lang === 'en');
  assert.ok(firstEnglish > 0 && qs.slice(0, firstEnglish).every((q) => q.lang === 'ko' && q.named === null), JSON.stringify(qs));
  assert.ok(qs.slice(firstEnglish).every((q) => q.lang === 'en' && q.named === '영어 기사'));
  assert.match(qs[0].text, /워싱턴 선언/);
  assert.equal(await page.$eval('.sm-panel:popover-open .sm-quotes mark', (m) => m.textContent), '워싱턴 선언', 'the matched term is marked, not its particle');
  await page.screenshot({ path: join(ARTIFACTS, 'mixed-ko-evidence.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.close();
});

test('the English page lists the English evidence first, the Korean after it, named', async () => {
  const page = await h.open('?cell=deterrence:2023');
  await page.waitForSelector('.sm-panel:popover-open');
  const qs = await quotes(page);
  const firstKorean = qs.findIndex((q) => q.lang === 'ko');
  assert.ok(firstKorean > 0 && qs.slice(0, firstKorean).every((q) => q.lang === 'en' && q.named === null));
  assert.ok(qs.slice(firstKorean).every((q) => q.lang === 'ko' && q.named === 'In Korean'));
  await page.close();
});

test('a Korean search finds Korean evidence, and a Korean article reads without its chrome', async () => {
  const page = await h.open('index.ko.html');
  await page.fill('#sm-q', '핵협의그룹');
  await page.waitForFunction(() => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length === 1);
  assert.equal(await page.$eval('tbody:not([hidden]) > tr.sm-row:not([hidden]) button.sm-cell', (b) => b.id.replace(/-\d{4}$/, '')), 'sm-cell-deterrence');
  await page.goto(`${h.base}/index.ko.html?article=2022-ko-fixture`);
  await page.waitForSelector('.sm-article');
  const body = await page.textContent('.sm-article');
  assert.match(body, /확장억제를 강화하기로 했습니다/);
  for (const chrome of ['[앵커]', '[기자]', '@example.com', '무단전재', '관련기사', '사진=']) assert.ok(!body.includes(chrome), chrome);
  assert.equal(await page.getAttribute('#sm-article-title', 'lang'), 'ko');
  await page.close();
});
