// Renders the SVG icons to the PNG sizes the web app manifest names, and
// the page's own 32-pixel icon (src/shell.rs says why a PNG), with
// Debian's Chromium. Run after editing static/icons/*.svg; the PNGs are
// committed so the build needs no renderer.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [svg, sizes] of [['icon', [32, 192, 512]], ['icon-maskable', [192, 512]]]) {
  const markup = readFileSync(`static/icons/${svg}.svg`, 'utf8');
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${markup}`);
    await page.screenshot({ path: `static/icons/${svg}-${size}.png`, omitBackground: true });
  }
}
await browser.close();
