import seedrandom from 'seedrandom';

export type Rng = () => number;

/** Every random choice goes through a seeded stream named for what it decides. */
export function rngFor(seed: number, ...scope: string[]): Rng {
  return seedrandom(`${seed}\u0000${scope.join('\u0000')}`);
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)];
}

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function intBetween(rng: Rng, lo: number, hi: number): number {
  return lo + Math.floor(rng() * (hi - lo + 1));
}
