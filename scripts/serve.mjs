// A small static server for dist/ (the README's open command, the tests and
// the benchmarks): correct MIME types for .wasm, the response headers in
// static/_headers (the strict Content-Security-Policy a newsroom should
// send), gzip when asked (compressed once per file version, as a CDN serves
// precompressed assets, so a benchmark does not time the server's zlib), and
// no directory listings.
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [prefix=/]
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv',
};

/** The headers that static/_headers sets for every path (`/*`). */
export const HEADERS = Object.fromEntries(
  readFileSync(new URL('../static/_headers', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => /^\s+[\w-]+: /.test(line))
    .map((line) => line.trim().split(/: (.*)/s).slice(0, 2)),
);

/** Serves `dir`; `headers` replaces static/_headers (a host page with its own policy). */
export function serve(dir = 'dist', port = 8080, host = '127.0.0.1', prefix = '/', headers = HEADERS) {
  const root = resolve(dir);
  const gzipped = new Map(); // file → { version, body }: only the newest version is kept
  const server = createServer(async (req, res) => {
    try {
      const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!full.startsWith(prefix)) throw new Error('outside the prefix');
      const path = full.slice(prefix.length - 1);
      let file = normalize(join(root, path));
      if (!file.startsWith(root)) throw new Error('outside');
      let info = await stat(file);
      if (info.isDirectory()) info = await stat((file = join(file, 'index.html')));
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const sent = { ...headers, 'Content-Type': type, 'Cache-Control': 'no-cache' };
      let body;
      if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/png')) {
        const version = `${file}\0${info.mtimeMs}\0${info.size}`;
        if (gzipped.get(file)?.version !== version) gzipped.set(file, { version, body: gzipSync(await readFile(file)) });
        body = gzipped.get(file).body;
        sent['Content-Encoding'] = 'gzip';
      } else {
        body = await readFile(file);
      }
      res.writeHead(200, sent).end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080', prefix = '/'] = process.argv.slice(2);
  const server = await serve(dir, Number(port), '127.0.0.1', prefix);
  console.log(`Summit Matrix: http://127.0.0.1:${server.address().port}${prefix}`);
}
