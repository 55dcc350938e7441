import type { Unit } from './domain.js';
import { shuffled, type Rng } from './rng.js';

interface FileFacts {
  file: string;
  categories: Set<string>;
  edgeUnits: number;
}

/** At least this many units go to eval (or all but one file's), enough to measure something. */
export const MIN_EVAL_UNITS = 8;

/**
 * Which files eval holds out, whole: a file's units never reach train, so no eval node sits
 * inside a train node and no train example shows eval code. First a greedy cover of the edge
 * categories that more than one file has (so each category in eval also stays in train), then
 * more edge files until eval has MIN_EVAL_UNITS edge units, preferring files whose categories
 * train keeps anyway. Train always keeps at least one file. The choice does not depend on how
 * many examples are asked for.
 */
export function orderEvalFiles(units: readonly Unit[], rng: Rng): { held: string[] } {
  const byFile = new Map<string, FileFacts>();
  for (const u of units) {
    const f = byFile.get(u.file) ?? { file: u.file, categories: new Set<string>(), edgeUnits: 0 };
    u.categories.forEach((c) => f.categories.add(c));
    if (u.categories.length > 0) f.edgeUnits++;
    byFile.set(u.file, f);
  }
  const files = [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : 1));
  // Without any edge case, eval can still measure something on ordinary files.
  const ordinaryOnly = files.every((f) => f.edgeUnits === 0);
  if (ordinaryOnly) for (const f of files) f.edgeUnits = units.filter((u) => u.file === f.file).length;
  const candidates = shuffled(rng, files.filter((f) => f.edgeUnits > 0));
  const inTrain = new Map<string, number>();
  for (const f of files) f.categories.forEach((c) => inTrain.set(c, (inTrain.get(c) ?? 0) + 1));
  const maxHeld = files.length - 1;
  const held: FileFacts[] = [];
  const take = (f: FileFacts) => {
    held.push(f);
    candidates.splice(candidates.indexOf(f), 1);
    f.categories.forEach((c) => inTrain.set(c, inTrain.get(c)! - 1));
  };

  const uncovered = new Set([...inTrain].filter(([, n]) => n >= 2).map(([c]) => c));
  while (uncovered.size > 0 && held.length < maxHeld) {
    let best: FileFacts | null = null;
    let bestGain = 0;
    for (const f of candidates) {
      // A category counts only if train still has it after this file leaves.
      const gain = [...f.categories].filter((c) => uncovered.has(c) && inTrain.get(c)! >= 2).length;
      if (gain > bestGain) [best, bestGain] = [f, gain];
    }
    if (!best) break;
    best.categories.forEach((c) => uncovered.delete(c));
    take(best);
  }

  const lostFromTrain = (f: FileFacts) => [...f.categories].filter((c) => inTrain.get(c) === 1).length;
  let edgeHeld = held.reduce((n, f) => n + f.edgeUnits, 0);
  while (edgeHeld < MIN_EVAL_UNITS && held.length < maxHeld && candidates.length > 0) {
    const next = [...candidates].sort((a, b) => lostFromTrain(a) - lostFromTrain(b) || b.edgeUnits - a.edgeUnits)[0];
    take(next);
    edgeHeld += next.edgeUnits;
  }
  return { held: held.map((f) => f.file) };
}
