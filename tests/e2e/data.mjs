// The analysis as the export tool prints it, so tests compare the page with
// the data rather than with numbers typed by hand.
import { execFileSync } from 'node:child_process';

let cached;
export function exported() {
  cached ??= JSON.parse(execFileSync('cargo', ['run', '-q', '-p', 'summit-core', '--bin', 'export'], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  return cached;
}

/** Topic ids active (count > 0) at `year`. */
export const activeIn = (year) => exported().topics.filter((t) => t.cells.some((c) => c.year === year && c.count > 0)).map((t) => t.id);
