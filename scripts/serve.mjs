// A small static server for dist/ (the README's open command, the tests and
// the benchmarks): correct MIME types for .wasm, the response headers of the built
// _headers (static/_headers, with the public origin: the strict Content-Security-Policy a newsroom should
// send), gzip when asked (compressed once per file version, as a CDN serves
// precompressed assets, so a benchmark does not time the server's zlib), and
// no directory listings.
// Usage: node scripts/serve.mjs [dir=dist] [port=8080] [prefix=/]
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv',
};

/** The headers a `_headers` file sets for every path (`/*`). */
const headersOf = (file) => Object.fromEntries(
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => /^\s+[\w-]+: /.test(line))
    .map((line) => line.trim().split(/: (.*)/s).slice(0, 2)),
);

/** The headers of static/_headers. */
export const HEADERS = headersOf(new URL('../static/_headers', import.meta.url));

/** Serves `dir` with its own `_headers` (the build's: static/_headers's, with the public origin), else
 * static/_headers's; `headers` replaces them (a host page with its own policy). */
export function serve(dir = 'dist', port = 8080, host = '127.0.0.1', prefix = '/', headers = null) {
  // Read for each response, so a build finished again while served is served as it is now.
  const own = join(dir, '_headers');
  const current = () => headers ?? (existsSync(own) ? headersOf(own) : HEADERS);
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
      const sent = { ...current(), 'Content-Type': type, 'Cache-Control': 'no-cache' };
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
