// Same-run A/B of cold loads, for deciding whether a change stays:
//   node bench/ab.mjs [--runs 20] [--cpu 4] DIR_A DIR_B [DIR ...]
// Each round loads every directory once, in an order that rotates, so a slow
// stretch of the machine hits them all alike; prints for each directory the
// medians of first contentful paint, interactive and longest task (measured
// as bench/run.mjs does, bench/load.mjs), and the median of its paired
// differences from DIR_A. On two shared cores a single load moves by ±50 ms:
// a difference under about 20 ms over 20 rounds is noise. A directory with a
// _headers file (a build of ours) is served with our headers, others (the
// comparison pages, with inline code) with none.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { launch, coldLoad } from './load.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(`--${name}`); return i < 0 ? fallback : Number(args.splice(i, 2)[1]); };
const runs = option('runs', 20);
const cpu = option('cpu', 4);
const dirs = args;
if (dirs.length < 2) throw new Error('usage: node bench/ab.mjs [--runs 20] [--cpu 4] DIR_A DIR_B [DIR ...]');

const servers = await Promise.all(dirs.map((d) => serve(d, 0, '127.0.0.1', '/', existsSync(join(d, '_headers')) ? undefined : {})));
const urls = servers.map((s) => `http://127.0.0.1:${s.address().port}/`);
const browser = await launch();
const loads = dirs.map(() => []);
for (let round = 0; round < runs; round++) {
  for (let k = 0; k < dirs.length; k++) {
    const i = (k + round) % dirs.length;
    loads[i][round] = await coldLoad(browser, urls[i], { cpu, scripted: true });
  }
}
await browser.close();
servers.forEach((s) => { s.closeAllConnections(); s.close(); });

const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const show = (i, key) => {
  const mine = loads[i].map((l) => l[key]);
  const delta = median(mine.map((v, round) => v - loads[0][round][key]));
  return `${key} ${median(mine).toFixed(0)} ms (${delta >= 0 ? '+' : ''}${delta.toFixed(0)})`;
};
console.log(`${runs} rounds, CPU ${cpu}×; medians, and in brackets the median paired difference from ${dirs[0]}:`);
for (let i = 0; i < dirs.length; i++) console.log(`${dirs[i]}: ${['fcp', 'interactive', 'longest'].map((k) => show(i, k)).join('  ')}`);
