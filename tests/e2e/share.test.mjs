// The picture, for sharing and for print: the social card the build renders
// per locale (1200 × 630 PNG) and the tags that point at it, present only
// when the build knows its public address; and Download image, the current
// view as SVG and PNG, under the strict policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './harness.mjs';
import { exported } from './data.mjs';

let h;
before(async () => { h = await start(); });
after(async () => {
  await h.close();
  assert.deepEqual(h.problems, [], 'no console errors, page errors or policy violations');
});

/** Width and height from a PNG's header. */
const pngSize = (bytes) => {
  assert.equal(bytes.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG file');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
};

/** How much of a PNG is ink (pixels well away from white), drawn in the page's own canvas. */
const inkOf = (page, bytes) => page.evaluate(async (b64) => {
  // An image from a data: address, which the page's policy allows (fetch() would not be).
  const bitmap = new Image();
  bitmap.src = `data:image/png;base64,${b64}`;
  await bitmap.decode();
  const canvas = new OffscreenCanvas(bitmap.naturalWidth, bitmap.naturalHeight);
  const g = canvas.getContext('2d');
  g.drawImage(bitmap, 0, 0);
  const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 384) ink++;
  return ink / (data.length / 4);
}, bytes.toString('base64'));

test('the build renders a social card per locale, 1200 × 630, with the chart drawn', async () => {
  const page = await h.open();
  for (const name of ['social-card.png', 'social-card.ko.png']) {
    const bytes = readFileSync(join('dist', name));
    assert.deepEqual(pngSize(bytes), [1200, 630], name);
    const ink = await inkOf(page, bytes);
    assert.ok(ink > 0.05 && ink < 0.6, `${name}: ${(ink * 100).toFixed(1)}% ink, a drawn card, not a blank or a black one`);
  }
  assert.ok(!readFileSync('dist/sw.js', 'utf8').includes('social-card'), 'readers offline do not need the cards');
  await page.close();
});

test('without SUMMIT_PUBLIC_URL the pages carry title and description tags but no image tags', () => {
  const html = readFileSync('dist/index.html', 'utf8');
  assert.match(html, /<meta property="og:title" content="How the US–South Korea alliance broadened, 2021–2023">/);
  assert.doesNotMatch(html, /og:image|twitter:card|rel="canonical"/);
  assert.doesNotMatch(readFileSync('dist/embed.html', 'utf8'), /og:|twitter:/, 'an embed carries no card');
});

test('with SUMMIT_PUBLIC_URL the standalone pages carry the card, absolute, in their language', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sm-share-'));
  try {
    cpSync('dist', dir, { recursive: true });
    execFileSync('node', ['scripts/build.mjs', dir, '--pages'], { env: { ...process.env, SUMMIT_PUBLIC_URL: 'https://news.example/graphics/summit' }, stdio: 'pipe' });
    const en = readFileSync(join(dir, 'index.html'), 'utf8');
    const ko = readFileSync(join(dir, 'index.ko.html'), 'utf8');
    const tag = (html, property) => html.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)">`))?.[1];
    assert.equal(tag(en, 'og:image'), 'https://news.example/graphics/summit/social-card.png');
    assert.equal(tag(ko, 'og:image'), 'https://news.example/graphics/summit/social-card.ko.png');
    assert.deepEqual([tag(en, 'og:image:width'), tag(en, 'og:image:height')], ['1200', '630']);
    assert.match(tag(en, 'og:image:alt'), /^How the US–South Korea alliance broadened, 2021–2023\. Leaders named/);
    assert.match(tag(ko, 'og:title'), /한미동맹/);
    assert.equal(tag(en, 'twitter:card'), 'summary_large_image');
    assert.match(en, /<link rel="canonical" href="https:\/\/news\.example\/graphics\/summit\/index\.html">/);
    for (const embed of ['embed.html', 'embed.ko.html']) {
      const html = readFileSync(join(dir, embed), 'utf8');
      assert.doesNotMatch(html, /og:|twitter:|canonical/, `${embed} carries no card`);
      assert.match(html, /<meta name="robots" content="noindex">/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('Download image gives the current view as SVG and PNG', async () => {
  const page = await h.open('?cat=health');
  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('.sm-footer button[data-download="svg"]')]);
  assert.equal(svgFile.suggestedFilename(), 'summit-matrix.svg');
  const svg = readFileSync(await svgFile.path(), 'utf8');
  const [, width, height] = svg.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/);
  assert.equal(width, '1200');
  // The same story as the page: its headline and deck, and the sources as a list.
  assert.ok(svg.includes(`<title>${await page.textContent('.sm-headline')}</title>`), 'the headline');
  assert.ok(svg.includes('>Leaders named '), 'the deck');
  assert.match(svg, />Source: 3 news reports \([^<]+, [^<]+ and [^<]+\), analysed by Summit Matrix</);
  const health = exported().topics.filter((t) => t.category === 'health');
  for (const t of health) assert.ok(svg.includes(`>${t.label}</text>`), `${t.label} is drawn`);
  assert.ok(!svg.includes('>Cybersecurity</text>'), 'areas the view hides are not');
  assert.ok(svg.includes('>NEW</text>'));

  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('.sm-footer button[data-download="png"]')]);
  assert.equal(pngFile.suggestedFilename(), 'summit-matrix.png');
  const png = readFileSync(await pngFile.path());
  assert.deepEqual(pngSize(png), [2 * Number(width), 2 * Number(height)], 'twice the picture\'s size');
  const ink = await inkOf(page, png);
  assert.ok(ink > 0.01 && ink < 0.5, `${(ink * 100).toFixed(1)}% ink: the picture is drawn`);
  await page.close();
});
