// The floors under the widget's start-up, for `bench/run.mjs --floors`: two
// copies of dist/ that load the same page (HTML, stylesheet, head and boot
// scripts) but not the widget.
//   page: no WebAssembly at all; the boot script marks the page ready after
//         DOMContentLoaded and one task, as the widget's loader would start
//         it. What parsing, styling, laying out and painting the page costs.
//   yew:  the smallest Yew app (bench/floor-app: one button) in place of the
//         widget's WebAssembly, built with the same profile and finished as
//         the build finishes the widget's (scripts/wasm-build.mjs). What
//         starting Yew at all adds to the page.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bindAndOptimise } from '../scripts/wasm-build.mjs';

const root = new URL('..', import.meta.url).pathname;
const one = (dir, pattern) => {
  const found = readdirSync(dir).filter((f) => pattern.test(f));
  if (found.length !== 1) throw new Error(`${dir}: expected one file like ${pattern}, found ${found.length}`);
  return join(dir, found[0]);
};

/** Writes the two floors of `dist` under `out`; returns their directories. */
export function buildFloors(dist, out) {
  const page = join(out, 'floor-page');
  const yew = join(out, 'floor-yew');
  for (const dir of [page, yew]) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(dist, dir, { recursive: true });
  }
  writeFileSync(one(page, /^boot-[0-9a-f]+\.js$/),
    "if (document.readyState === 'loading') await new Promise((p) => addEventListener('DOMContentLoaded', p, { once: true }));\n" +
    'await new Promise((next) => setTimeout(next));\n' +
    "document.documentElement.setAttribute('data-sm-ready', '');\n");

  const target = join(root, 'target', 'floor-app');
  execFileSync('cargo', ['build', '--quiet', '--offline', '--release', '--target', 'wasm32-unknown-unknown'],
    { cwd: join(root, 'bench', 'floor-app'), env: { ...process.env, CARGO_TARGET_DIR: target }, stdio: 'inherit' });
  const { wasm, glue } = bindAndOptimise(join(target, 'wasm32-unknown-unknown', 'release', 'floor-app.wasm'));
  // Under the widget's own file names, so the page and its boot script load it unchanged.
  writeFileSync(one(yew, /^summit-matrix-[0-9a-f]+_bg\.wasm$/), wasm);
  writeFileSync(one(yew, /^summit-matrix-[0-9a-f]+\.js$/), glue);
  return { page, yew };
}
