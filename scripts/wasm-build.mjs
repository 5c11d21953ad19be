// What the build does to a wasm32 binary after cargo, as Trunk does it for
// the widget: wasm-bindgen (web target), then wasm-opt with the level and
// parameters index.html gives Trunk, and the bindings minified for the
// README's browsers. Shared by scripts/finish-build.mjs (the other locales'
// WebAssembly) and bench/floors.mjs (the smallest Yew app, built alike).
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// The README's browser floor; head.js and embed.js also run where the widget cannot.
const SUPPORTED = ['chrome97', 'firefox102', 'safari16'];

/** `code` minified by esbuild for `target` (the README's browsers unless said). */
export const minified = (code, loader, target = SUPPORTED) => transformSync(code, { loader, minify: true, target }).code;

/** The cargo output `built` bound and optimised: its WebAssembly bytes and its minified bindings. */
export function bindAndOptimise(built) {
  const out = mkdtempSync(join(tmpdir(), 'sm-wasm-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'widget', built], { stdio: 'inherit' });
    const trunkPage = readFileSync(join(root, 'index.html'), 'utf8');
    const level = trunkPage.match(/data-wasm-opt="(\w+)"/)?.[1] ?? 'z';
    const params = (trunkPage.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? '').split(/\s+/).filter(Boolean);
    const wasmOpt = process.env.WASM_OPT ?? join(root, 'node_modules', '.bin', 'wasm-opt');
    execFileSync(wasmOpt, [`-O${level}`, ...params, join(out, 'widget_bg.wasm'), '-o', join(out, 'opt.wasm')], { stdio: 'inherit' });
    return { wasm: readFileSync(join(out, 'opt.wasm')), glue: minified(readFileSync(join(out, 'widget.js'), 'utf8'), 'js') };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
