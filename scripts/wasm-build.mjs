// What the build does to a wasm32 binary after cargo: wasm-bindgen (web
// target), then wasm-opt, and the bindings minified for the README's
// browsers. Shared by scripts/build.mjs (each locale's WebAssembly) and
// bench/floors.mjs (the smallest Yew app, built alike).
import { transformSync } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

// wasm-opt's level and passes: -Oz measured smallest (BENCHMARKS.md); the
// memory flags hold for wasm-bindgen's output, which never reads memory it
// has not written and starts with it zeroed.
const OPTIMISE = ['-Oz', '--converge', '--low-memory-unused', '--zero-filled-memory', '--strip-producers'];

// The README's browser floor; head.js and embed.js also run where the widget cannot.
const SUPPORTED = ['chrome97', 'firefox102', 'safari16'];

/** `code` minified by esbuild for `target` (the README's browsers unless said). */
export const minified = (code, loader, target = SUPPORTED) => transformSync(code, { loader, minify: true, target }).code;

/** The cargo output `built` bound and optimised: its WebAssembly bytes and its minified bindings. */
export function bindAndOptimise(built) {
  const out = mkdtempSync(join(tmpdir(), 'sm-wasm-'));
  try {
    execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', out, '--out-name', 'widget', built], { stdio: 'inherit' });
    const wasmOpt = process.env.WASM_OPT ?? join(root, 'node_modules', '.bin', 'wasm-opt');
    execFileSync(wasmOpt, [...OPTIMISE, join(out, 'widget_bg.wasm'), '-o', join(out, 'opt.wasm')], { stdio: 'inherit' });
    return { wasm: readFileSync(join(out, 'opt.wasm')), glue: minified(readFileSync(join(out, 'widget.js'), 'utf8'), 'js') };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
