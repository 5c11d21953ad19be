// Paste the link: the widget as an oEmbed provider, in WordPress 6.1's own
// code (tests/e2e/wordpress.mjs runs Debian's WordPress), and in frames
// sandboxed as WordPress and other "safe embed" blocks frame it. The build
// is finished again on a copy with SUMMIT_PUBLIC_URL set to the address
// the copy is served at, as a newsroom publishes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, until } from './harness.mjs';
import { startWordPress } from './wordpress.mjs';
import { firefoxEngine, webkitEngine } from './drivers.mjs';

let dir, h, wp, host;
const posts = {};

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sm-oembed-'));
  cpSync('dist', dir, { recursive: true });
  h = await start({ dist: dir });
  execFileSync('node', ['scripts/build.mjs', dir, '--pages'], { env: { ...process.env, SUMMIT_PUBLIC_URL: `${h.base}/` }, stdio: 'pipe' });
  wp = await startWordPress();
  h.allowOrigin(wp.base);
  // A host page that frames the embed as "safe embed" blocks do: `?sandbox=` is the frame's sandbox.
  host = createServer((req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Sandboxed</title><style>body{margin:0 auto;max-width:720px;padding:8px}iframe{border:0;width:100%;height:2400px}</style></head>
<script>window.heard = []; addEventListener('message', (e) => { if (e.data && e.data.message === 'height') heard.push(e.data); });</script>
<body><p>A story.</p><iframe title="Summit Matrix" sandbox="${q.get('sandbox')}" src="${h.base}/${q.get('src') ?? 'embed.html'}"></iframe></body></html>`);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  h.allowOrigin(`http://127.0.0.1:${host.address().port}`);
});
after(async () => {
  await h?.close();
  await wp?.close();
  host?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What went wrong, but for WordPress's own missing favicon (a page of its, not ours). */
const problems = () => h.problems.filter((p) => !p.includes(`(${wp.base}/favicon.ico)`));

/** The post WordPress makes of `link` pasted on a line of its own (one per link: WordPress keeps the result). */
const post = async (link) => (posts[link] ??= await wp.embedPost(`${h.base}/${link}`, 'Summit'));
const hostPage = (sandbox, src = 'embed.html') => `http://127.0.0.1:${host.address().port}/?sandbox=${encodeURIComponent(sandbox)}&src=${encodeURIComponent(src)}`;

test('every page names its oEmbed response, and each response embeds its view with absolute addresses', () => {
  const read = (f) => readFileSync(join(dir, f), 'utf8');
  for (const [page, response] of [['index.html', 'oembed.json'], ['embed.html', 'oembed.json'], ['index.ko.html', 'oembed.ko.json'], ['embed.ko.html', 'oembed.ko.json'], ['view/security-2023.html', 'view/security-2023.json']]) {
    const link = read(page).match(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/);
    assert.equal(link?.[1], `${h.base}/${response}`, `${page} names ${response}`);
  }
  const en = JSON.parse(read('oembed.json'));
  assert.equal(en.type, 'rich');
  assert.equal(en.version, '1.0');
  assert.equal(en.provider_url, `${h.base}/`);
  assert.equal(en.thumbnail_url, `${h.base}/social-card.png`);
  assert.match(en.title, /^Summit Matrix/);
  assert.ok(en.width > 0 && en.height > 0);
  assert.match(en.html, new RegExp(`<iframe src="${h.base}/embed.html"`));
  const ko = JSON.parse(read('view/security-2023.ko.json'));
  assert.match(ko.html, new RegExp(`<iframe src="${h.base}/embed.html\\?cat=security&amp;meet=2023&amp;lang=ko"`));
  assert.equal(ko.thumbnail_url, `${h.base}/social-card.ko.png`);
  assert.match(ko.title, /안보, 2023$/);
  assert.ok(!readFileSync(join(dir, 'sw.js'), 'utf8').includes('oembed'), 'readers offline do not need the responses');
  const boot = (f) => read(f).match(/src="\.\/(boot[^"]*)"/)[1];
  assert.notEqual(boot('embed.ko.html'), boot('embed.html'), 'finished again, a Korean page still starts the Korean widget');
});

test('without SUMMIT_PUBLIC_URL there is no oEmbed, and the build says so', () => {
  assert.doesNotMatch(readFileSync('dist/index.html', 'utf8'), /json\+oembed/);
  assert.throws(() => readFileSync('dist/oembed.json'));
});

for (const width of [390, 1280]) {
  test(`pasted into WordPress 6.1 at ${width} px: the frame shows, spans the column, starts the full widget in its sandbox and sizes itself`, async () => {
    const page = h.watch(await h.context.newPage());
    await page.setViewportSize({ width, height: 900 });
    await page.goto(await post(width === 390 ? 'view/security-2023.html' : 'index.html'));
    const frameEl = page.locator('iframe.wp-embedded-content');
    await frameEl.waitFor({ state: 'attached' });
    assert.equal(await frameEl.getAttribute('sandbox'), 'allow-scripts');
    const frame = await (await frameEl.elementHandle()).contentFrame();
    await frame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
    assert.equal(await frame.evaluate(() => window.origin), 'null', 'an opaque origin');
    assert.equal(await frame.evaluate(() => document.documentElement.getAttribute('data-sm-static')), null, 'the widget started');
    // Shown: WordPress removes its hiding style and hides the fallback once the frame speaks.
    await until(() => frameEl.evaluate((f) => !f.hasAttribute('style')), 'WordPress to show the frame');
    assert.equal(await page.locator('blockquote.wp-embedded-content').isVisible(), false);
    const [frameWidth, column] = await frameEl.evaluate((f) => [f.getBoundingClientRect().width, f.parentElement.clientWidth]);
    assert.ok(Math.abs(frameWidth - column) <= 1, `the frame spans the column: ${frameWidth} of ${column}`);
    const tall = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await until(async () => Number(await frameEl.getAttribute('height')) === Math.min(1000, Math.max(200, tall)), `the frame sized to ${tall} (WordPress caps at 1000)`);
    if (width === 390) {
      assert.equal(await frame.evaluate(() => location.search), '?cat=security&meet=2023', 'the pasted view');
      assert.ok(tall > 1000, 'taller than WordPress allows');
      // Nothing cut off: the frame scrolls inside to the sources at the end.
      await frame.evaluate(() => document.querySelector('#sm-sources').scrollIntoView());
      const sources = await frame.evaluate(() => document.querySelector('#sm-sources').getBoundingClientRect().top);
      assert.ok(sources >= 0 && sources < 1000, `the sources reached at ${sources}`);
      await frame.evaluate(() => scrollTo(0, 0));
    }
    // The full widget: a filter, then a cell's evidence, on the reader's screen.
    const rows = () => frame.evaluate(() => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length);
    const before = await rows();
    if (await frame.isVisible('.sm-filter-toggle') && (await frame.getAttribute('.sm-filter-toggle', 'aria-expanded')) === 'false') {
      await frame.click('.sm-filter-toggle');
    }
    await frame.click('[aria-labelledby="sm-cat-label"] .sm-chip-toggle:nth-child(3)');
    await until(async () => (await rows()) !== before, 'the filter');
    const cell = frame.locator('button.sm-cell:visible').first();
    await cell.scrollIntoViewIfNeeded();
    await cell.click();
    await frame.waitForSelector('.sm-panel:popover-open');
    const [top, bottom] = await frame.evaluate(() => { const r = document.querySelector('.sm-panel:popover-open h2').getBoundingClientRect(); return [r.top, r.bottom]; });
    const frameTop = await frameEl.evaluate((f) => f.getBoundingClientRect().top);
    assert.ok(frameTop + top >= 0 && frameTop + bottom <= 900, `the evidence where the reader looks: ${frameTop + top}`);
    // Its article, where the reader looks too.
    await frame.click('.sm-panel:popover-open a[data-article]');
    await frame.waitForSelector('.sm-article');
    // It opens at the quoted sentence, which has focus.
    await until(() => frame.evaluate(() => !!document.activeElement?.closest('.sm-article')), 'focus in the article');
    const quotedAt = async () => (await frame.evaluate(() => document.activeElement.getBoundingClientRect().top)) + (await frameEl.evaluate((f) => f.getBoundingClientRect().top));
    await until(async () => { const y = await quotedAt(); return y >= 0 && y < 900; }, 'the quoted sentence where the reader looks')
      .catch(async (e) => assert.fail(`${e.message}: at ${await quotedAt()}`));
    await page.keyboard.press('Escape');
    await until(() => frame.evaluate(() => !document.querySelector('.sm-article')), 'Escape to close the article');
    assert.deepEqual(problems(), []);
    await page.close();
  });
}

test('in a frame sandboxed with allow-scripts only, what the sandbox forbids fails quietly: an address to copy, a link to the page that downloads', async () => {
  h.problems.length = 0;
  const page = h.watch(await h.context.newPage());
  const windows = h.context.pages().length;
  await page.goto(hostPage('allow-scripts'));
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForSelector('html[data-sm-ready][data-sm-sandboxed]', { state: 'attached' });
  assert.equal(await frame.isVisible('[data-download="csv"]'), false, 'no download button that cannot work');
  // The page that can, in a new window the sandbox does not open.
  const link = frame.locator('#sm-own-page');
  const href = await link.getAttribute('href');
  assert.equal(href, `${h.base}/index.html`);
  await link.click();
  await frame.waitForSelector('#sm-address:popover-open');
  assert.equal(await frame.inputValue('#sm-address input'), href, 'the address, to copy');
  assert.equal(h.context.pages().length, windows, 'no window opened');
  await page.keyboard.press('Escape');
  await until(() => frame.evaluate(() => !document.querySelector('#sm-address:popover-open')), 'the address to close');
  // Not a blocked window's report, not an uncaught error: only what the browser says of the blocked window.
  assert.deepEqual(h.problems.filter((p) => !/Blocked opening .* 'allow-popups' permission is not set/.test(p)), []);
  h.problems.length = 0;
  await page.close();
});

test('with allow-scripts allow-popups, the same link opens the page in a new window', async () => {
  h.problems.length = 0;
  const page = h.watch(await h.context.newPage());
  await page.goto(hostPage('allow-scripts allow-popups'));
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForSelector('html[data-sm-ready][data-sm-sandboxed]', { state: 'attached' });
  const link = frame.locator('#sm-own-page');
  const href = await link.getAttribute('href');
  const [opened] = await Promise.all([h.context.waitForEvent('page', { predicate: (p) => p !== page }), link.click()]);
  await until(() => opened.url() === href, `the new window at ${href}`);
  assert.equal(await frame.evaluate(() => !!document.querySelector('#sm-address:popover-open')), false, 'no address box when the window opens');
  // The window inherits the frame's sandbox: the widget starts there too, without the offline app it may not have.
  await opened.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  await opened.close();
  assert.deepEqual(h.problems, []);
  await page.close();
});

test('the WordPress-framed journey in Firefox ESR and WebKit: the frame shows, the widget starts in its sandbox, a filter and a cell work', async () => {
  const link = await post('index.html');
  for (const [name, makeEngine] of [['Firefox', firefoxEngine], ['WebKit', webkitEngine]]) {
    const engine = await makeEngine();
    try {
      const page = await engine.newPage();
      await page.resize(1280, 900);
      await page.goto(link);
      const css = 'iframe.wp-embedded-content';
      await page.waitFor((c) => !!document.querySelector(c)?.contentWindow, css);
      await until(() => page.frameEval(css, () => document.documentElement.hasAttribute('data-sm-ready')).catch(() => false), 'the widget in the frame', 20000)
        .catch(async (e) => assert.fail(`${name}: ${e.message}; the frame: ${await page.frameEval(css, () => [location.href, document.documentElement.getAttribute('data-sm-static')].join(' ')).catch((x) => x.message)}`));
      assert.equal(await page.frameEval(css, () => [window.origin, document.documentElement.getAttribute('data-sm-static')].join()), 'null,');
      await page.waitFor((c) => !document.querySelector(c).hasAttribute('style') && Number(document.querySelector(c).height) > 200, css);
      const before = await page.frameEval(css, () => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length);
      // The frame is as wide as the column, a phone's layout: the filters fold.
      if (await page.frameEval(css, () => document.querySelector('.sm-filter-toggle')?.getAttribute('aria-expanded') === 'false' && document.querySelector('.sm-filter-toggle').getClientRects().length > 0)) {
        await page.frameClick(css, '.sm-filter-toggle');
      }
      await page.frameClick(css, '[aria-labelledby="sm-cat-label"] .sm-chip-toggle:nth-child(3)');
      await until(async () => (await page.frameEval(css, () => document.querySelectorAll('tbody:not([hidden]) > tr.sm-row:not([hidden])').length)) !== before, 'the filter');
      // A reader scrolls the cell into view (the frame, capped at 1000 px, scrolls inside), then taps it.
      await page.eval((c) => document.querySelector(c).scrollIntoView(), css);
      await page.frameEval(css, () => document.querySelector('tbody:not([hidden]) > tr.sm-row:not([hidden]) button.sm-cell').scrollIntoView({ block: 'center' }));
      await page.frameClick(css, 'tbody:not([hidden]) > tr.sm-row:not([hidden]) button.sm-cell');
      await until(() => page.frameEval(css, () => !!document.querySelector('.sm-panel:popover-open')), 'the evidence');
      await page.close();
    } catch (e) {
      e.message = `${name}: ${e.message}`;
      throw e;
    } finally {
      await engine.close();
    }
  }
});

test('in a sandboxed frame, the keyboard opens and closes the evidence, and WordPress\'s ready message is answered only with its own secret', async () => {
  h.problems.length = 0;
  const page = h.watch(await h.context.newPage());
  await page.goto(hostPage('allow-scripts', 'embed.html#?secret=Abc123'));
  const frame = await (await page.$('iframe')).contentFrame();
  await frame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  await until(() => page.evaluate(() => heard.length > 0), 'a height for WordPress');
  assert.deepEqual(Object.keys((await page.evaluate(() => heard))[0]).sort(), ['message', 'secret', 'value'], 'the height and the secret, nothing else');
  assert.equal((await page.evaluate(() => heard))[0].secret, 'Abc123');
  // Another secret, then its own: one answer, to its own.
  const count = await page.evaluate(() => heard.length);
  await page.evaluate(() => { const w = document.querySelector('iframe').contentWindow; w.postMessage({ message: 'ready', secret: 'Other1' }, '*'); w.postMessage({ message: 'ready', secret: 'Abc123' }, '*'); });
  await until(() => page.evaluate((n) => heard.length > n, count), 'the answer to its own secret');
  assert.equal(await page.evaluate(() => heard.length), count + 1, 'no answer to another secret');
  // Keyboard: Tab to a cell, Enter opens its sentences, Escape closes them and focus is back.
  await frame.focus('button.sm-cell');
  const id = await frame.evaluate(() => document.activeElement.id);
  await page.keyboard.press('Enter');
  await frame.waitForSelector('.sm-panel:popover-open');
  await page.keyboard.press('Escape');
  await until(() => frame.evaluate((cell) => !document.querySelector('.sm-panel:popover-open') && document.activeElement?.id === cell, id), 'closed, focus on the cell');
  assert.deepEqual(problems(), []);
  await page.close();
});

test('where the widget cannot start in a sandbox (no CORS headers), the page says so in one line and its numbers still open', async () => {
  const { serve, HEADERS } = await import('../../scripts/serve.mjs');
  const headers = Object.fromEntries(Object.entries(HEADERS).filter(([k]) => k !== 'Access-Control-Allow-Origin'));
  const bare = await serve(dir, 0, '127.0.0.1', '/', headers);
  try {
    const page = await h.context.newPage();
    const src = `http://127.0.0.1:${bare.address().port}/embed.html`;
    await page.setContent(`<iframe sandbox="allow-scripts" src="${src}" style="width:600px;height:900px"></iframe>`);
    const frame = await (await page.$('iframe')).contentFrame();
    await frame.waitForSelector('html[data-sm-static="failed"]', { state: 'attached' });
    const notes = await frame.$$eval('.sm-static-note', (ns) => ns.filter((n) => n.getClientRects().length).map((n) => n.textContent));
    assert.deepEqual(notes, ['Filters, search and downloads could not start here. Every number still opens its sentences.']);
    await frame.click('button.sm-cell');
    await frame.waitForSelector('.sm-panel:popover-open');
    await page.close();
    // What the browser reported is the refusal this test makes (no CORS header), and nothing else.
    assert.deepEqual(h.problems.filter((p) => !p.includes(src.replace('embed.html', ''))), []);
    h.problems.length = 0;
  } finally {
    bare.closeAllConnections();
    bare.close();
  }
});

test('the embed code offers the link to paste for a view that has one, and says why when it has none', async () => {
  h.problems.length = 0;
  const page = await h.open('?cat=security');
  await page.click('.sm-embed-code summary');
  assert.equal(await page.textContent('#sm-embed-paste-code'), `${h.base}/view/security.html`);
  assert.equal(await page.isVisible('.sm-paste-none'), false);
  await page.goto(`${h.base}/index.ko.html?cat=security&meet=2023`);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  await page.click('.sm-embed-code summary');
  assert.equal(await page.textContent('#sm-embed-paste-code'), `${h.base}/view/security-2023.ko.html`);
  await page.goto(`${h.base}/?q=chips`);
  await page.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  await page.click('.sm-embed-code summary');
  assert.equal(await page.isVisible('#sm-embed-paste-code'), false);
  assert.match(await page.textContent('.sm-paste-none'), /no link to paste/);
  assert.deepEqual(problems(), []);
  await page.close();
});
