import { statfsSync } from 'node:fs';
import { CapacityError } from '../errors.js';
import { displayPath } from '../paths.js';

// Judge from this many examples first, then again every CHECK_EVERY: sizes drift as shapes mix.
const FIRST_CHECK = 200;
const CHECK_EVERY = 5000;
// Leave this much of the disk free for everything else.
const HEADROOM = 1.1;

const gb = (bytes: number) => `${(bytes / 1e9).toFixed(1)} GB`;

/**
 * Stops a run that cannot fit on the disk as soon as its size can be judged (bytes per example
 * so far times --count against the free space), rather than after filling a temp file for hours.
 */
export class DiskBudget {
  constructor(
    private readonly dir: string,
    private readonly count: number,
    private readonly freeBytes: () => number = () => {
      const s = statfsSync(dir);
      return s.bavail * s.bsize;
    },
  ) {}

  check(written: number, bytes: number): void {
    if (written !== FIRST_CHECK && written % CHECK_EVERY !== 0) return;
    const needed = (bytes / written) * (this.count - written) * HEADROOM;
    const free = this.freeBytes();
    if (needed > free) {
      const fits = Math.floor(written + free / HEADROOM / (bytes / written));
      throw new CapacityError(`--count ${this.count} would write about ${gb((bytes / written) * this.count)} (${Math.round(bytes / written)} bytes per example so far), and ${displayPath(this.dir)} has ${gb(free)} free`, [
        `Use --count ${fits} or less, or write to a disk with more room (--out).`,
      ]);
    }
  }
}
