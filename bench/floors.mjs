// The floors under the widget's start-up, for `bench/run.mjs --floors`: two
// copies of dist/ that load the same page (HTML, stylesheet, head and boot
// scripts) but not the widget.
//   page: no WebAssembly at all; the boot script marks the page ready after
//         DOMContentLoaded and one task, as the widget's loader would start
//         it. What parsing, styling, laying out and painting the page costs.
//   yew:  the smallest Yew app (bench/floor-app: one button) in place of the
//         widget's WebAssembly, built with the same profile, wasm-bindgen and
//         wasm-opt level and parameters, its bindings minified alike. What
//         starting Yew at all adds to the page.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

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
  const tmp = mkdtempSync(join(tmpdir(), 'sm-floor-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', tmp, '--out-name', 'floor',
      join(target, 'wasm32-unknown-unknown', 'release', 'floor-app.wasm')], { stdio: 'inherit' });
    const trunkPage = readFileSync(join(root, 'index.html'), 'utf8');
    const level = trunkPage.match(/data-wasm-opt="(\w+)"/)?.[1] ?? 'z';
    const params = (trunkPage.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const wasmOpt = process.env.WASM_OPT ?? join(root, 'node_modules', '.bin', 'wasm-opt');
    // Under the widget's own file names, so the page and its boot script load it unchanged.
    execFileSync(wasmOpt, [`-O${level}`, ...params, join(tmp, 'floor_bg.wasm'), '-o', one(yew, /^summit-matrix-[0-9a-f]+_bg\.wasm$/)], { stdio: 'inherit' });
    const glue = transformSync(readFileSync(join(tmp, 'floor.js'), 'utf8'), { loader: 'js', minify: true, target: ['chrome97', 'firefox102', 'safari16'] /* as finish-build.mjs */ }).code;
    writeFileSync(one(yew, /^summit-matrix-[0-9a-f]+\.js$/), glue);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return { page, yew };
}
