// The analysis as the export tool prints it, so tests compare the page with
// the data rather than with numbers typed by hand.
import { execFileSync } from 'node:child_process';

const cached = new Map();
/** The export of the embedded corpus, or of the corpus made of `dirs`. */
export function exported(...dirs) {
  const key = dirs.join(':');
  if (!cached.has(key)) {
    const args = ['run', '-q', '-p', 'summit-core', '--bin', 'export', '--', ...dirs.flatMap((d) => ['--corpus', d])];
    cached.set(key, JSON.parse(execFileSync('cargo', args, { encoding: 'utf8', maxBuffer: 1 << 26 })));
  }
  return cached.get(key);
}

/** Topic ids active (count > 0) at `year`. */
export const activeIn = (year) => exported().topics.filter((t) => t.cells.some((c) => c.year === year && c.count > 0)).map((t) => t.id);
