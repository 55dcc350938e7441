import type { Unit, Variant } from '../generate/domain.js';
import type { Rng } from '../generate/rng.js';
import type { Shape } from './schema.js';

// A lane (one unit playing one shape) that keeps missing is dry: its unit has no more fresh
// variants of that shape, or none that the policy can play.
const MAX_MISSES = 40;

interface Lane {
  unit: Unit;
  iterator: Iterator<Variant | null>;
  misses: number;
}

interface ShapeState {
  shape: Shape;
  lanes: Lane[];
  cursor: number;
  count: number;
  dry: boolean;
}

export interface Pulled {
  shape: Shape;
  unit: Unit;
  variant: Variant;
  /** Whether the variant was written (false: a duplicate or unusable); a lane that only misses dries up. */
  report(used: boolean): void;
}

/**
 * The one variant stream of every domain. It holds the declared mix by construction: each
 * next example is of the shape furthest below its share so far, played by the unit with the
 * fewest examples so far (over every shape; ties in round-robin order) that can play it, so a
 * small split such as eval covers as many units as it has examples. Units are asked for variants of a given shape and answer lazily;
 * a shape whose every lane is dry drops out and `onDry` says when.
 */
export class MixStream {
  private readonly states: ShapeState[];
  private total = 0;
  /** Examples written per unit, over every shape: the next lane is one whose unit has the fewest. */
  private readonly uses = new Map<Unit, number>();

  constructor(
    shapes: readonly Shape[],
    units: readonly Unit[],
    rngOf: (unit: Unit, shape: Shape) => Rng,
    private readonly onDry: (shape: Shape, count: number) => void = () => {},
  ) {
    this.states = shapes.map((shape) => ({
      shape,
      lanes: units.map((unit) => ({ unit, iterator: unit.variants(shape, rngOf(unit, shape))[Symbol.iterator](), misses: 0 })),
      cursor: 0,
      count: 0,
      dry: false,
    }));
  }

  /** Written examples per shape name. */
  counts(): Map<string, number> {
    return new Map(this.states.map((s) => [s.shape.name, s.count]));
  }

  dryShapes(): Shape[] {
    return this.states.filter((s) => s.dry).map((s) => s.shape);
  }

  private pickShape(): ShapeState | null {
    let best: ShapeState | null = null;
    let bestDeficit = -Infinity;
    for (const s of this.states) {
      if (s.dry) continue;
      const deficit = s.shape.share * (this.total + 1) - s.count;
      if (deficit > bestDeficit + 1e-12) {
        best = s;
        bestDeficit = deficit;
      }
    }
    return best;
  }

  private markDry(s: ShapeState): void {
    s.dry = true;
    if (s.count === 0) this.renormalise();
    this.onDry(s.shape, s.count);
  }

  /** A shape none of these units can play at all leaves the mix: the others share its weight. */
  private renormalise(): void {
    const live = this.states.filter((x) => !(x.dry && x.count === 0));
    const total = live.reduce((n, x) => n + x.shape.weight, 0);
    for (const x of this.states) x.shape = { ...x.shape, share: live.includes(x) ? x.shape.weight / total : 0 };
  }

  /** The shapes that can be played, with their shares renormalised over them. */
  shapesInPlay(): Shape[] {
    return this.states.filter((s) => !(s.dry && s.count === 0)).map((s) => s.shape);
  }

  /** The next variant, or null when every shape is dry. */
  next(): Pulled | null {
    for (;;) {
      const s = this.pickShape();
      if (!s) return null;
      const pulled = this.pull(s);
      if (pulled) return pulled;
      this.markDry(s);
    }
  }

  /** The lane, from the cursor on in round-robin order, whose unit has been used least. */
  private leastUsedFrom(s: ShapeState): number {
    let best = s.cursor;
    let fewest = Infinity;
    for (let k = 0; k < s.lanes.length; k++) {
      const i = (s.cursor + k) % s.lanes.length;
      const n = this.uses.get(s.lanes[i].unit) ?? 0;
      if (n < fewest) {
        best = i;
        fewest = n;
        if (n === 0) break;
      }
    }
    return best;
  }

  private pull(s: ShapeState): Pulled | null {
    while (s.lanes.length > 0) {
      if (s.cursor >= s.lanes.length) s.cursor = 0;
      s.cursor = this.leastUsedFrom(s);
      const lane = s.lanes[s.cursor];
      const step = lane.iterator.next();
      if (step.done || (step.value === null && ++lane.misses >= MAX_MISSES)) {
        s.lanes.splice(s.cursor, 1);
        continue;
      }
      if (step.value === null) {
        s.cursor++;
        continue;
      }
      s.cursor++;
      return {
        shape: s.shape,
        unit: lane.unit,
        variant: step.value,
        report: (used) => {
          if (used) {
            lane.misses = 0;
            s.count++;
            this.total++;
            this.uses.set(lane.unit, (this.uses.get(lane.unit) ?? 0) + 1);
            return;
          }
          if (++lane.misses >= MAX_MISSES) {
            const at = s.lanes.indexOf(lane);
            if (at >= 0) {
              s.lanes.splice(at, 1);
              if (s.cursor > at) s.cursor--;
            }
          }
        },
      };
    }
    return null;
  }
}
