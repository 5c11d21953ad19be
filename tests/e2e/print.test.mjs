// Print: Chromium prints the page to PDF (background graphics off, the
// browser's default) in the light and dark themes, in English and Korean;
// Poppler reads the PDF's text (pdftotext) and renders its first page to a
// grey image (pdftoppm), whose headline must be dark on white.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from './harness.mjs';
import { exported } from './data.mjs';

const runs = [];
const dir = mkdtempSync(join(tmpdir(), 'sm-print-'));
after(async () => {
  for (const h of runs) await h.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A binary PGM (P5) image: its width, height and grey levels. */
function pgm(file) {
  const bytes = readFileSync(file);
  const header = bytes.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  const [, width, height] = header.map(Number);
  return { width, height, grey: bytes.subarray(header[0].length) };
}

/** WCAG contrast of two grey levels (0–255) as sRGB. */
const luminance = (v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
const contrast = (a, b) => (Math.max(luminance(a), luminance(b)) + 0.05) / (Math.min(luminance(a), luminance(b)) + 0.05);

test('printed in any theme and either language, the graphic is dark on white, complete, with no screen chrome', async () => {
  const h = await start();
  runs.push(h);
  const data = exported();
  for (const [path, lang] of [['', 'en'], ['index.ko.html', 'ko']]) {
    for (const theme of ['light', 'dark']) {
      const what = `${lang}, ${theme}`;
      const page = await h.open(`${path}?theme=${theme}`);
      const pdf = join(dir, `${lang}-${theme}.pdf`);
      writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: false }));
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      const headline = await page.textContent('.sm-headline');
      assert.ok(text.replace(/\s+/g, ' ').includes(headline.trim().split(/\s+/).slice(0, 3).join(' ')), `${what}: the headline`);
      for (const year of data.years) assert.ok(text.includes(String(year)), `${what}: ${year}`);
      for (const source of new Set(data.documents.map((d) => d.source))) assert.ok(text.includes(source), `${what}: the source ${source}`);
      const credit = (await page.textContent('.sm-credit')).trim();
      assert.ok(text.replace(/\s+/g, ' ').includes(credit.split(' · ')[0]), `${what}: the credit line`);
      // Every row of the matrix, in the page's words.
      const rows = await page.$$eval('tr.sm-row > th', (ths) => ths.map((th) => th.textContent.trim()));
      assert.equal(rows.length, data.topics.length);
      const flat = text.replace(/\s+/g, '');
      for (const row of rows) assert.ok(flat.includes(row.replace(/\s+/g, '')), `${what}: the row ${row}`);
      // Nothing that only works on a screen.
      for (const css of ['.sm-filter-toggle', '.sm-caption-action', '#sm-data', '.sm-embed-code summary', '.sm-reset']) {
        const words = (await page.textContent(css)).trim();
        assert.ok(!text.includes(words), `${what}: "${words}" (${css}) is printed`);
      }
      // The headline, the top of the first page, is dark text on white.
      execFileSync('pdftoppm', ['-r', '60', '-gray', '-f', '1', '-l', '1', pdf, join(dir, `${lang}-${theme}`)]);
      const image = pgm(join(dir, `${lang}-${theme}-1.pgm`));
      const top = image.grey.subarray(0, image.width * Math.round(image.height * 0.12));
      const paper = Math.max(...top);
      const ink = Math.min(...top);
      assert.equal(paper, 255, `${what}: white paper`);
      assert.ok(contrast(ink, paper) >= 7, `${what}: the headline's contrast is ${contrast(ink, paper).toFixed(1)}:1`);
      await page.close();
    }
  }
  // The key's swatches and the cells print their colours even with background graphics off.
  const page = await h.open('');
  await page.emulateMedia({ media: 'print' });
  const adjust = await page.$$eval('.sm-key, .sm-cell', (els) => [...new Set(els.map((el) => getComputedStyle(el).printColorAdjust))]);
  assert.deepEqual(adjust, ['exact']);
  await page.close();
  assert.deepEqual(h.problems, []);
});
