// The site the cross-engine journeys read: a copy of the built dist/ with
// tests/e2e/probe.js first in every page (served under the same strict
// policy, which allows same-origin scripts), and a news site on another
// origin that embeds the widget three ways: through embed.js, through NPR's
// pym.js Parent (npm pym.js 1.3.2, the real library), and through a height
// listener written as Datawrapper's published embed snippet reads it.
// `startSite(dist, { webAssembly: false })` serves a browser without
// WebAssembly, as Safari's Lockdown Mode is: a first script in every page
// deletes it, the one way that works in every engine here (Firefox's
// `javascript.options.wasm` pref, drivers.mjs, is the real thing there).
import { createServer } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

const PYM = readFileSync(new URL('../../node_modules/pym.js/dist/pym.v1.min.js', import.meta.url));

/** What every host page runs first: it keeps the embeds' own reports. */
const HOST_PROBE = `<script>
  window.__problems = [];
  window.__heights = [];
  addEventListener('error', (e) => __problems.push('host error: ' + e.message));
  addEventListener('message', (e) => {
    if (e.data && e.data['sm-probe']) __problems.push('embed: ' + e.data['sm-probe']);
    if (e.data && e.data['summit-matrix']) __heights.push(e.data['summit-matrix'].height);
  });
</script>`;

// A story's column (720 px, or `?w=` px: a phone's in an engine whose window
// cannot be made that narrow), with a few paragraphs above and below the embed.
const STORY = '<p>A news story around the embed. Seoul and Washington met again this spring, and the leaders set out what they would work on together.</p>';
const hostPage = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${HOST_PROBE}
<style>body{font:16px/1.5 Georgia,serif;max-width:var(--w,720px);margin:0 auto;padding:16px}iframe{border:0;width:100%}</style>
<script>const w = new URLSearchParams(location.search).get('w'); if (w) document.documentElement.style.setProperty('--w', w + 'px');</script></head>
<body><h1>${title}</h1>${STORY.repeat(3)}${body}${STORY.repeat(6)}</body></html>`;

/** The host pages, by path, for a widget served at `widget`. */
function hostPages(widget) {
  return {
    '/embed-js.html': hostPage('Embedded through embed.js',
      `<div id="host-embed" data-summit-matrix data-src="${widget}/embed.html?cat=health&id=host-embed"></div>
       <script src="${widget}/embed.js" async></script>`),
    '/embed-js-full.html': hostPage('The whole matrix, embedded through embed.js',
      `<div id="full-embed" data-summit-matrix data-src="${widget}/embed.html?id=full-embed"></div>
       <script src="${widget}/embed.js" async></script>`),
    '/pym.html': hostPage('Embedded through pym.js',
      `<div id="pym-embed"></div><script src="/pym.v1.min.js"></script>
       <script>window.pymParent = new pym.Parent('pym-embed', '${widget}/embed.html?plain=1', {});</script>`),
    // Datawrapper's responsive embed snippet, as published: it reads
    // event.data["datawrapper-height"] and sizes the frame the message came from.
    '/datawrapper.html': hostPage('Embedded with Datawrapper\'s listener',
      `<iframe id="dw-embed" title="Summit Matrix" src="${widget}/embed.html?id=dw-embed" scrolling="no" style="height:400px"></iframe>
       <script>!function(){"use strict";window.addEventListener("message",(function(a){if(void 0!==a.data["datawrapper-height"]){var e=document.querySelectorAll("iframe");for(var t in a.data["datawrapper-height"])for(var r=0;r<e.length;r++)if(e[r].contentWindow===a.source){var i=a.data["datawrapper-height"][t]+"px";e[r].style.height=i}}}))}();</script>`),
    // A phone-sized frame, for an engine whose window cannot be made that
    // narrow (WebKitGTK's MiniBrowser stops at about 450 px).
    '/frame.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Phone-sized frame</title>
<style>body{margin:0}iframe{border:0;display:block}</style></head><body><iframe id="frame" title="Summit Matrix"></iframe>
<script>const q = new URLSearchParams(location.search), f = document.getElementById('frame');
f.width = q.get('w'); f.height = q.get('h'); f.src = q.get('src');</script></body></html>`,
  };
}

/** Serves the probed widget and the host site; returns their addresses and a close(). */
export async function startSite(dist = 'dist', { webAssembly = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'sm-site-'));
  cpSync(dist, dir, { recursive: true });
  cpSync(new URL('probe.js', import.meta.url), join(dir, '__probe.js'));
  writeFileSync(join(dir, '__no-wasm.js'), 'delete globalThis.WebAssembly;\n');
  const first = `${webAssembly ? '' : '\n  <script src="./__no-wasm.js"></script>'}\n  <script src="./__probe.js"></script>`;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dir, name), 'utf8');
    writeFileSync(join(dir, name), html.replace('<head>', `<head>${first}`));
  }
  const widget = await serve(dir, 0);
  const base = `http://127.0.0.1:${widget.address().port}`;
  const pages = hostPages(base);
  const host = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/pym.v1.min.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      return res.end(PYM);
    }
    res.writeHead(pages[path] ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(pages[path] ?? 'not found');
  });
  await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
  const hostBase = `http://127.0.0.1:${host.address().port}`;
  const close = async () => {
    for (const server of [widget, host]) {
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { base, hostBase, close };
}
