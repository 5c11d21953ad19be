// One small page interface over three engines, so the reader journeys
// (journeys.mjs) are written once: Chromium through playwright-core (also
// as a touch phone), Firefox ESR through puppeteer-core over WebDriver BiDi,
// and WebKit (WebKitGTK's MiniBrowser) through WebKitWebDriver, a plain W3C
// WebDriver server spoken to with fetch, on an Xvfb display.
//
// A page: goto(url), eval(fn, ...args) (fn runs in the page; args are JSON),
// waitFor(fn, ...args) (polls a condition), click(css) (a real pointer click,
// a tap on the touch profile), press(key) ('Enter', 'Escape', 'Space'),
// type(css, text), select(css, index) (the option at `index`), frameEval(iframeCss, fn),
// frameClick(iframeCss, css) (a real click, or tap, on an element in a frame),
// screenshot(path), screenshotOf(css, path) (one element), resize(width,
// height), close().
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { spawn, execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { until } from './harness.mjs';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

/** `fn` applied to `args`, as an expression any engine evaluates (no eval() under the page's policy). */
const expression = (fn, args) => `(${fn})(...${JSON.stringify(args)})`;

/** Waits for `check` to hold; WebKit under automation is slower, so allow 15 s. */
const poll = (check, what) => until(check, what, 15000);

/** The page interface around a Playwright or Puppeteer page (their APIs agree where used). */
function scriptedPage(page, { touch = false, select }) {
  const self = {
    goto: (url) => page.goto(url),
    eval: (fn, ...args) => page.evaluate(expression(fn, args)),
    // A check that cannot run yet (the page is navigating) has not held yet.
    waitFor: (fn, ...args) => poll(() => self.eval(fn, ...args).catch(() => false), `${fn}`.slice(0, 120)),
    click: (css) => (touch ? page.tap(css) : page.click(css)),
    press: (key) => page.keyboard.press(key),
    type: (css, text) => page.type(css, text),
    select: (css, index) => select(page, css, index),
    frameEval: async (css, fn, ...args) => (await (await page.$(css)).contentFrame()).evaluate(expression(fn, args)),
    frameClick: async (frameCss, css) => {
      const frame = await (await page.$(frameCss)).contentFrame();
      return touch ? frame.tap(css) : frame.click(css);
    },
    screenshot: (path) => page.screenshot({ path }),
    screenshotOf: async (css, path) => (await page.$(css)).screenshot({ path }),
    close: () => page.close(),
  };
  return self;
}

/** Chromium (Debian's) through Playwright; `touch` makes it a phone: 375 px, touch, coarse pointer, no hover; `webAssembly: false` takes it away from every page before any script runs. */
export async function chromiumEngine({ touch = false, webAssembly = true } = {}) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext(touch
    ? { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
    : { viewport: { width: 1280, height: 900 } });
  if (!webAssembly) await context.addInitScript(() => { delete globalThis.WebAssembly; });
  return {
    name: touch ? 'chromium-touch' : 'chromium',
    version: browser.version(),
    newPage: async () => {
      const page = await context.newPage();
      return {
        ...scriptedPage(page, { touch, select: (p, css, index) => p.selectOption(css, { index }) }),
        resize: (width, height) => page.setViewportSize({ width, height }),
      };
    },
    close: () => browser.close(),
  };
}

/** Debian's Firefox ESR through Puppeteer over WebDriver BiDi; `webAssembly: false` turns it off as a user can (the `javascript.options.wasm` pref). */
export async function firefoxEngine({ webAssembly = true } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr', headless: true, protocol: 'webDriverBiDi',
    extraPrefsFirefox: webAssembly ? {} : { 'javascript.options.wasm': false },
  });
  return {
    name: 'firefox',
    version: await browser.version(),
    newPage: async () => {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 900 });
      return {
        ...scriptedPage(page, { select: async (p, css, index) => p.select(css, await p.$eval(css, (s, i) => s.options[i].value, index)) }),
        resize: (width, height) => page.setViewport({ width, height }),
      };
    },
    close: () => browser.close(),
  };
}

const freePort = () => new Promise((ok) => {
  const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
});

/** WebKitGTK's MiniBrowser, as packaged by Debian (libwebkit2gtk-4.1-0). */
export const miniBrowser = () => execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' })
  .split('\n').find((f) => f.endsWith('/MiniBrowser'));

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const KEYS = { Enter: '\uE007', Escape: '\uE00C', Space: '\uE00D', Tab: '\uE004' };

/** WebKit through WebKitWebDriver on its own Xvfb display. */
export async function webkitEngine() {
  // Xvfb picks a free display itself and writes its number to fd 3.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = `:${(await new Promise((ok, fail) => {
    xvfb.stdio[3].once('data', ok);
    xvfb.once('exit', () => fail(new Error('Xvfb could not start')));
  })).toString().trim()}`;
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const url = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${url}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (!res.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error} ${json.value?.message}`);
    return json.value;
  };
  await poll(() => fetch(`${url}/status`).then((r) => r.ok, () => false), 'WebKitWebDriver to start');
  const session = await call('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation'] } } },
  });
  const s = `/session/${session.sessionId}`;
  const find = async (css) => (await call('POST', `${s}/element`, { using: 'css selector', value: css }))[ELEMENT];
  const keys = (key) => call('POST', `${s}/actions`, {
    actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: KEYS[key] ?? key }, { type: 'keyUp', value: KEYS[key] ?? key }] }],
  });
  const run = (fn, args) => call('POST', `${s}/execute/sync`, { script: `return ${expression(fn, args)};`, args: [] });
  const page = {
    goto: (href) => call('POST', `${s}/url`, { url: href }),
    eval: (fn, ...args) => run(fn, args),
    waitFor: (fn, ...args) => poll(() => run(fn, args).catch(() => false), `${fn}`.slice(0, 120)),
    click: async (css) => call('POST', `${s}/element/${await find(css)}/click`, {}),
    press: keys,
    type: async (css, text) => call('POST', `${s}/element/${await find(css)}/value`, { text }),
    select: async (css, index) => call('POST', `${s}/element/${await find(`${css} option:nth-child(${index + 1})`)}/click`, {}),
    frameEval: async (css, fn, ...args) => {
      await call('POST', `${s}/frame`, { id: { [ELEMENT]: await find(css) } });
      try { return await run(fn, args); } finally { await call('POST', `${s}/frame/parent`, {}); }
    },
    frameClick: async (frameCss, css) => {
      await call('POST', `${s}/frame`, { id: { [ELEMENT]: await find(frameCss) } });
      try { return await call('POST', `${s}/element/${await find(css)}/click`, {}); } finally { await call('POST', `${s}/frame/parent`, {}); }
    },
    screenshot: async (path) => writeFileSync(path, Buffer.from(await call('GET', `${s}/screenshot`), 'base64')),
    screenshotOf: async (css, path) => writeFileSync(path, Buffer.from(await call('GET', `${s}/element/${await find(css)}/screenshot`), 'base64')),
    // The window's size minus what the browser's own frame takes, so the page gets `width` × `height`.
    resize: async (width, height) => {
      await call('POST', `${s}/window/rect`, { width, height });
      const inner = await run(() => [innerWidth, innerHeight], []);
      await call('POST', `${s}/window/rect`, { width: 2 * width - inner[0], height: 2 * height - inner[1] });
    },
    close: async () => {},
  };
  await page.resize(1280, 900);
  const version = await run(() => navigator.userAgent, []);
  return {
    name: 'webkit',
    version,
    newPage: async () => page,
    close: async () => {
      await call('DELETE', s).catch(() => {});
      driver.kill();
      xvfb.kill();
    },
  };
}

export const ENGINES = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine };
