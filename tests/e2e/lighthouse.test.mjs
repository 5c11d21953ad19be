// An outside audit: Lighthouse 12 (npm) on Debian's Chromium scores the
// standalone pages in both languages at 1.0 for accessibility, best
// practices and SEO. The embed pages must score the same, but for SEO's
// "is crawlable": they are `noindex` on purpose (the article around them is
// what a search engine should find).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serve } from '../../scripts/serve.mjs';
import { ARTIFACTS } from './harness.mjs';

const CATEGORIES = ['accessibility', 'best-practices', 'seo'];
let server, base, chrome, profile;

before(async () => {
  server = await serve('dist', 0);
  base = `http://127.0.0.1:${server.address().port}`;
  profile = mkdtempSync(join(tmpdir(), 'sm-lighthouse-'));
  chrome = await launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await chrome?.kill();
  server.closeAllConnections();
  server.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The categories' scores and the failed audits of one page. */
async function audit(path) {
  const { lhr } = await lighthouse(`${base}/${path}`, { port: chrome.port, onlyCategories: CATEGORIES, logLevel: 'error', output: 'json' });
  writeFileSync(join(ARTIFACTS, `lighthouse-${path.replace(/\W+/g, '-')}.json`), JSON.stringify({
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score])),
    failed: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
  }, null, 2));
  const failed = CATEGORIES.flatMap((c) => lhr.categories[c].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
    .map((a) => `${c}: ${a.id} (${a.title})`));
  return { scores: Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c].score])), failed, warnings: lhr.runWarnings };
}

for (const page of ['index.html', 'index.ko.html']) {
  test(`Lighthouse: ${page} scores 1.0 for accessibility, best practices and SEO`, async () => {
    const { scores, failed, warnings } = await audit(page);
    assert.deepEqual(failed, [], `${JSON.stringify(scores)}; ${warnings.join(' ')}`);
    assert.deepEqual(scores, { accessibility: 1, 'best-practices': 1, seo: 1 });
  });
}

for (const page of ['embed.html', 'embed.ko.html']) {
  test(`Lighthouse: ${page} passes every audit but "is crawlable" (it is noindex on purpose)`, async () => {
    const { scores, failed } = await audit(page);
    assert.deepEqual(failed, ['seo: is-crawlable (Page is blocked from indexing)'], JSON.stringify(scores));
    assert.equal(scores.accessibility, 1);
    assert.equal(scores['best-practices'], 1);
  });
}
