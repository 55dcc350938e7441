import { pick, type Rng } from '../../generate/rng.js';

export function writtenSummary(rng: Rng, fn: string, n: number, path: string, retried: boolean): string {
  const main = pick(rng, [
    `Wrote ${n} fixtures for ${fn} (normal, edge and large cases) to ${path}.`,
    `Generated ${n} fixtures for ${fn}: a normal case, an edge case and a large case, saved to ${path}.`,
    `Added ${path} with ${n} fixtures for ${fn} covering normal, edge and large inputs.`,
  ]);
  return retried ? `${main} The first write was refused and corrected.` : main;
}

export function skippedSummary(rng: Rng, fn: string, path: string): string {
  return pick(rng, [
    `${fn} already has fixtures in ${path}; nothing written.`,
    `Skipped: fixtures for ${fn} already exist at ${path}.`,
    `No changes: ${path} already holds the fixtures for ${fn}.`,
  ]);
}
