// Embedding end to end: the host page is served from another origin (port)
// than the widget, as on a news site.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { start, until, heights, fits, ARTIFACTS } from './harness.mjs';

let h, host, hostUrl, snippets;

before(async () => {
  h = await start();
  // The snippets come from the widget's own Embed section, for a filtered view.
  const page = await h.open('?cat=health');
  await page.click('.sm-embed-code summary');
  snippets = { script: await page.textContent('#sm-embed-script'), iframe: await page.textContent('#sm-embed-iframe') };
  await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  await page.click('.sm-snippet:has(#sm-embed-iframe) button');
  await page.waitForFunction(() => document.querySelector('.sm-snippet:has(#sm-embed-iframe) .sm-copied').textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippets.iframe);
  await page.close();

  const demo = readFileSync(join('dist', 'embed-demo.html'), 'utf8')
    .replaceAll('data-src="embed.html', `data-src="${h.base}/embed.html`)
    .replaceAll('src="embed.html', `src="${h.base}/embed.html`)
    .replace('src="embed.js"', `src="${h.base}/embed.js"`)
    .replace('href="embed-demo.css"', `href="${h.base}/embed-demo.css"`);
  const testPage = demo.replace('</article>', `
      <section id="more">
        <div id="pym" data-summit-matrix data-src="${h.base}/embed.html?plain=1&childId=pym-1&meet=2021"></div>
        <div id="from-button">${snippets.script.replace(/<script[^>]*><\/script>/, '')}</div>
        <div id="no-script">${snippets.iframe}</div>
        <div id="bad" data-summit-matrix data-src="${h.base}/embed.html?plain=maybe&lang=fr&id=%3Cx%3E"></div>
      </section>
    </article>
    <script>
      window.__messages = [];
      addEventListener('message', (e) => window.__messages.push(e.data));
    </script>`);
  // The demo page is served as a news site with a strict policy of its own
  // would serve it: only the widget's origin may supply scripts, styles and frames.
  const hostPolicy = `default-src 'none'; script-src ${h.base}; style-src ${h.base}; frame-src ${h.base}; img-src data:`;
  host = createServer((req, res) => {
    const strict = req.url === '/demo.html';
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', ...(strict && { 'Content-Security-Policy': hostPolicy }) });
    res.end(strict ? demo : testPage);
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  hostUrl = `http://127.0.0.1:${host.address().port}/`;
  h.allowOrigin(new URL(hostUrl).origin);
  assert.notEqual(new URL(hostUrl).origin, h.base, 'host and widget are different origins');
});

after(async () => {
  host.close();
  await h.close();
  assert.deepEqual(h.problems.filter((p) => !p.includes('clipboard')), []);
});

test('the loader is at most 1 KB gzipped', () => {
  assert.ok(gzipSync(readFileSync('dist/embed.js'), { level: 9 }).length <= 1024);
});

test('both demo embeds appear and size to their content, before and after filtering', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(hostUrl);
  const first = '[data-src*="id=full-matrix"] iframe';
  const second = 'summit-matrix iframe';
  for (const sel of [first, second]) {
    await page.locator(sel).scrollIntoViewIfNeeded();
    const frame = await (await page.$(sel)).contentFrame();
    await frame.waitForSelector('.sm-matrix');
    await until(() => fits(page, sel), `${sel} to fit`);
    assert.match(await page.getAttribute(sel, 'title'), /Summit Matrix/);
  }
  const a = await heights(page, first);
  const b = await heights(page, second);
  assert.ok(b.outer < a.outer - 100, 'the plain, security-only embed is shorter');
  assert.ok(await a.frame.locator('.sm-header h1').isVisible(), 'the full embed shows its headline');
  assert.equal(await b.frame.locator('.sm-header h1').isVisible(), false, 'the plain embed shows no headline');
  // A filter inside the first embed changes its height, and the iframe follows.
  await a.frame.click('button.sm-chip-toggle:has-text("Health")');
  await until(async () => (await heights(page, first)).inner < a.inner - 100, 'the content to shrink');
  await until(() => fits(page, first), 'the iframe to follow');
  // Opening evidence moves nothing: it opens over the rows, on the reader's
  // screen; a narrower host column changes the height.
  const filtered = (await heights(page, first)).inner;
  await a.frame.click('#sm-cell-covid-2021');
  await a.frame.waitForSelector('.sm-panel:popover-open');
  const frameTop = await page.$eval(first, (f) => f.getBoundingClientRect().top);
  const box = await a.frame.$eval('.sm-panel:popover-open', (p) => { const r = p.getBoundingClientRect(); return [r.top, r.bottom]; });
  assert.ok(frameTop + box[0] >= 0 && frameTop + box[1] <= 900, `the evidence on the host's screen (${box.map((y) => Math.round(frameTop + y))})`);
  await until(() => fits(page, first), 'the iframe to fit with the panel open');
  await a.frame.click('.sm-panel:popover-open .sm-close');
  await until(async () => (await heights(page, first)).inner === filtered, 'the height as before the panel');
  const wide = (await heights(page, first)).inner;
  await page.setViewportSize({ width: 420, height: 900 });
  await page.locator(first).scrollIntoViewIfNeeded();
  await until(async () => (await heights(page, first)).inner !== wide, 'the narrow layout to change the height');
  await until(() => fits(page, first), 'the iframe to follow the width');
  await page.close();
});

test('Enter on the next cell while evidence is open shows that cell\'s evidence, whole, in a short embed that grows for it', async () => {
  // A plain embed of one category at phone width: a frame shorter than its evidence.
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 400, height: 900 });
  await page.setContent(`<p>The story.</p><div data-summit-matrix data-src="${h.base}/embed.html?plain=1&cat=health"></div><script src="${h.base}/embed.js"></script>`);
  const sel = 'iframe';
  await page.waitForSelector(sel);
  const frame = await (await page.$(sel)).contentFrame();
  await frame.waitForSelector('html[data-sm-ready]');
  await until(() => fits(page, sel), 'the iframe to fit');
  // The cells whose evidence needs more room than the frame has.
  const growing = await frame.evaluate(() => [...document.querySelectorAll('.sm-cell[popovertarget]')]
    .filter((cell) => cell.getClientRects().length)
    .filter((cell) => {
      const panel = document.getElementById(cell.getAttribute('popovertarget'));
      panel.showPopover();
      const grew = document.body.style.paddingBottom !== '';
      panel.hidePopover();
      return grew;
    })
    .map((cell) => cell.id));
  assert.ok(growing.length >= 2, `cells whose evidence grows the frame: ${growing}`);
  const [first, next] = growing;
  const panelOf = async (cell) => `.sm-panel:popover-open[id="${await frame.getAttribute(`#${cell}`, 'popovertarget')}"]`;
  await frame.focus(`#${first}`);
  await page.keyboard.press('Enter');
  await frame.waitForSelector(await panelOf(first));
  // On to the next cell, and Enter: the browser hides the first panel and
  // shows the next in one step, and the widget must not then hide the next.
  await frame.focus(`#${next}`);
  await page.keyboard.press('Enter');
  const open = await panelOf(next);
  await frame.waitForSelector(open);
  assert.equal(await frame.locator('.sm-panel:popover-open').count(), 1, 'one panel open');
  assert.notEqual(await frame.evaluate(() => document.body.style.paddingBottom), '', 'the frame still grown for it');
  await until(() => fits(page, sel), 'the iframe to fit the open evidence');
  const [bottom, height] = await frame.$eval(open, (p) => [p.getBoundingClientRect().bottom + scrollY, document.documentElement.scrollHeight]);
  assert.ok(bottom <= height + 1, `the evidence (to ${Math.round(bottom)} px) inside the frame's page (${height} px)`);
  await page.close();
});

test('screenshot of the demo page', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(`${hostUrl}demo.html`);
  const embeds = ['[data-summit-matrix] iframe', 'summit-matrix iframe'];
  // Chromium pauses rendering (and so resize reports) of cross-origin frames
  // out of view: bring each into view, then make the viewport as tall as the
  // page, since such frames also paint only inside the viewport.
  for (const sel of embeds) {
    await page.locator(sel).scrollIntoViewIfNeeded();
    await (await (await page.$(sel)).contentFrame()).waitForSelector('.sm-matrix');
    await until(() => fits(page, sel), `${sel} to fit`);
  }
  await page.setViewportSize({ width: 1000, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  for (const sel of embeds) await until(() => fits(page, sel), `${sel} to fit in the tall viewport`);
  await page.screenshot({ path: join(ARTIFACTS, 'embed-demo.png') });
  await page.close();
});

test('only the embed\'s own messages resize it', async () => {
  const page = await h.context.newPage();
  await page.goto(hostUrl);
  const sel = '[data-src*="id=full-matrix"] iframe';
  await page.locator(sel).scrollIntoViewIfNeeded();
  await until(() => fits(page, sel), 'the embed to fit');
  const before = (await heights(page, sel)).outer;
  // A forged message from the host window itself, then one from another frame.
  await page.evaluate(() => {
    window.postMessage({ 'summit-matrix': { type: 'height', id: 'full-matrix', height: 55 } }, '*');
    const rogue = document.createElement('iframe');
    rogue.srcdoc = '<script>parent.postMessage({"summit-matrix":{"type":"height","id":"full-matrix","height":66}}, "*"); parent.postMessage("done", "*")<\/script>';
    document.body.append(rogue);
  });
  await page.waitForFunction(() => window.__messages.includes('done'));
  assert.equal((await heights(page, sel)).outer, before);
  await page.close();
});

test('pym.js, AMP and Datawrapper height messages are sent', async () => {
  const page = await h.context.newPage();
  await page.goto(hostUrl);
  await page.locator('#pym iframe').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__messages.some((m) => typeof m === 'string' && m.startsWith('pymxPYMxpym-1xPYMxheightxPYMx')));
  const { inner } = await heights(page, '#pym iframe');
  const messages = await page.evaluate(() => window.__messages);
  const pym = messages.filter((m) => typeof m === 'string' && m.startsWith('pymxPYMxpym-1'));
  assert.ok(pym.some((m) => Number(m.split('xPYMx').pop()) === inner), `${pym} vs ${inner}`);
  assert.ok(messages.some((m) => m?.sentinel === 'amp' && m.type === 'embed-size' && Number.isInteger(m.height)));
  assert.ok(messages.some((m) => m?.['datawrapper-height']?.['full-matrix'] > 0));
  await page.close();
});

test('the Embed button\'s snippets work: the script one sizes, the no-script one shows the widget', async () => {
  const page = await h.context.newPage();
  await page.goto(hostUrl);
  assert.match(snippets.script, /embed\.html\?cat=health/);
  const scripted = '#from-button iframe';
  await page.locator(scripted).scrollIntoViewIfNeeded();
  await until(() => fits(page, scripted), 'the snippet embed to fit');
  const plainFrame = await (await page.$('#no-script iframe')).contentFrame();
  await page.locator('#no-script iframe').scrollIntoViewIfNeeded();
  // The prerendered default view is there at once; wait for the live widget and its own view.
  await plainFrame.waitForSelector('html[data-sm-ready]', { state: 'attached' });
  const rows = await plainFrame.$$eval('tbody:not([hidden]) > tr.sm-row:not([hidden])', (r) => r.length);
  assert.ok(rows > 0 && rows <= 2, 'the no-script embed shows the health view');
  await page.close();
});

test('bad embed parameters show the notice and a working widget', async () => {
  const page = await h.context.newPage();
  await page.goto(hostUrl);
  await page.locator('#bad iframe').scrollIntoViewIfNeeded();
  const frame = await (await page.$('#bad iframe')).contentFrame();
  await frame.waitForSelector('.sm-notice');
  const notice = await frame.textContent('.sm-notice');
  for (const bad of ['plain', 'lang', 'id=']) assert.ok(notice.includes(bad), `${bad} not reported: ${notice}`);
  assert.ok(await frame.isVisible('.sm-header'), 'plain fell back to the default');
  await frame.click('#sm-cell-space-2023');
  await frame.waitForSelector('.sm-panel:popover-open');
  await page.close();
});
