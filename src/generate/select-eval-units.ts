import { shuffled, type Rng } from './rng.js';
import type { Unit } from './domain.js';

/**
 * Orders the edge units for eval: a greedy set cover of their categories first (so the
 * fewest held-out units show every category), then the remaining edge units. The pipeline
 * holds out a prefix of this list, as long as eval needs.
 */
export function orderEvalUnits(units: readonly Unit[], rng: Rng): { cover: Unit[]; rest: Unit[] } {
  const edge = shuffled(rng, units.filter((u) => u.categories.length > 0));
  const uncovered = new Set(edge.flatMap((u) => u.categories));
  const cover: Unit[] = [];
  const rest = [...edge];
  while (uncovered.size > 0) {
    let best = -1;
    let bestGain = 0;
    rest.forEach((u, i) => {
      const gain = u.categories.filter((c) => uncovered.has(c)).length;
      if (gain > bestGain) {
        best = i;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    const [unit] = rest.splice(best, 1);
    unit.categories.forEach((c) => uncovered.delete(c));
    cover.push(unit);
  }
  return { cover, rest };
}
