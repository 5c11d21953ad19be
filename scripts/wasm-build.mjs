// What the build does to a wasm32 binary after cargo: wasm-bindgen (web
// target), then wasm-opt, and the bindings minified for the README's
// browsers, with short import and export names. Shared by scripts/build.mjs (each locale's WebAssembly) and
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
    const renamed = execFileSync(wasmOpt, [join(out, 'opt.wasm'), '--minify-imports-and-exports-and-modules', '-o', join(out, 'short.wasm')], { encoding: 'utf8' });
    const wasm = readFileSync(join(out, 'short.wasm'));
    const glue = withShortNames(readFileSync(join(out, 'widget.js'), 'utf8'), JSON.parse(renamed), wasm);
    return { wasm, glue: minified(glue, 'js') };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// Short names: wasm-bindgen names each import after its function and a
// 16-digit hash (`__wbg_addEventListener_f2d27251d333a631`), written once in
// the WebAssembly and once in the bindings; about 150 of them are some 4 KB
// gzip of digits no compressor can shrink (BENCHMARKS.md). wasm-opt renames
// every import, export and import module to a letter or two and prints what
// it renamed (`renames`); the bindings, still as wasm-bindgen wrote them, get
// the same names here. Any name left unmatched stops the build.

/** wasm-bindgen's bindings `glue` with the names wasm-opt gave `wasm`'s imports and exports (`renames`, its printed map). */
function withShortNames(glue, renames, wasm) {
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(wasm));
  const modules = [...new Set(renames.imports.map(([module]) => module))];
  const renamedModules = [...new Set(imports.map((i) => i.module))];
  if (modules.length !== 1 || renamedModules.length !== 1) throw new Error(`short names: expected one import module, found ${modules} → ${renamedModules}`);
  const once = (text, pattern, replacement, what) => {
    let found = 0;
    const result = text.replace(pattern, () => { found += 1; return replacement; });
    if (found !== 1) throw new Error(`short names: ${what} found ${found} times in the bindings`);
    return result;
  };
  let out = once(glue, JSON.stringify(modules[0]) + ':', `${JSON.stringify(renamedModules[0])}:`, `the module ${modules[0]}`);
  for (const [, name, short] of renames.imports) out = once(out, new RegExp(`\\b${name}:`), `${short}:`, `the import ${name}`);
  for (const [name, short] of renames.exports) out = out.replace(new RegExp(`\\bwasm\\.${name}\\b`, 'g'), `wasm.${short}`);
  const shorts = new Set(renames.exports.map(([, short]) => short));
  const left = [...out.matchAll(/\bwasm\.(\w+)/g)].map((m) => m[1]).filter((name) => !shorts.has(name));
  if (left.length) throw new Error(`short names: the bindings still use ${[...new Set(left)]}`);
  return out;
}
