import type { Variant } from './domain.js';

interface Lane {
  id: string;
  iterator: Iterator<Variant>;
  staleRun: number;
}

// A stream that keeps giving duplicates is treated as dry rather than looped on forever.
const MAX_STALE_RUN = 200;

/**
 * Interleaves the variant streams of several units, one variant per unit per round, so
 * that a short run still spreads over many fixtures. Lanes can be added while running.
 */
export class RoundRobin {
  private lanes: Lane[] = [];
  private cursor = 0;

  add(id: string, variants: Iterable<Variant>): void {
    this.lanes.push({ id, iterator: variants[Symbol.iterator](), staleRun: 0 });
  }

  get size(): number {
    return this.lanes.length;
  }

  /** The next variant, or null when every lane is dry. `fresh` reports whether it was used. */
  next(): { laneId: string; variant: Variant; fresh: (used: boolean) => void } | null {
    while (this.lanes.length > 0) {
      if (this.cursor >= this.lanes.length) this.cursor = 0;
      const lane = this.lanes[this.cursor];
      const step = lane.iterator.next();
      if (step.done || lane.staleRun >= MAX_STALE_RUN) {
        this.lanes.splice(this.cursor, 1);
        continue;
      }
      this.cursor++;
      return {
        laneId: lane.id,
        variant: step.value,
        fresh: (used) => {
          lane.staleRun = used ? 0 : lane.staleRun + 1;
        },
      };
    }
    return null;
  }
}
