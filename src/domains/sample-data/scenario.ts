import { intBetween, pick, shuffled, type Rng } from '../../generate/rng.js';
import { fixturePath, type ExistingFixture, type FixtureFormat } from './tools.js';

/** What the fixtures folder already holds when the conversation starts. */
export interface Scenario {
  existing: ExistingFixture[];
  /** The function itself already has a fixture file: the agent skips. */
  hasOwn: boolean;
  /** The format the agent writes: YAML when every existing fixture file is YAML. */
  format: FixtureFormat;
}

/** The format the existing files teach: YAML only when there are some and all are YAML. */
export function formatFor(existing: readonly ExistingFixture[]): FixtureFormat {
  return existing.length > 0 && existing.every((e) => e.path.endsWith('.yaml')) ? 'yaml' : 'json';
}

/**
 * Derives the existing fixture files for one variant: none, or fixtures of other functions of the
 * project (all JSON or all YAML), and, when `own`, one for this very function.
 */
export function makeScenario(rng: Rng, own: boolean, functionName: string, others: readonly string[], seenBeforeWrite = true): Scenario {
  const pool = others.filter((n) => n !== functionName);
  // Files the agent only sees after writing cannot teach it a format: they are JSON like its own.
  const style = !seenBeforeWrite ? pick(rng, ['none', 'json'] as const) : pick(rng, own ? (['none', 'json', 'yaml'] as const) : (['none', 'json', 'yaml', 'yaml'] as const));
  const existing: ExistingFixture[] = [];
  if (style !== 'none' && pool.length > 0) {
    for (const name of shuffled(rng, pool).slice(0, intBetween(rng, 1, Math.min(4, pool.length)))) {
      existing.push({ name, path: fixturePath(name, style) });
    }
  }
  if (own) existing.push({ name: functionName, path: fixturePath(functionName, style === 'none' ? pick(rng, ['json', 'yaml'] as const) : style) });
  existing.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { existing, hasOwn: own, format: formatFor(existing) };
}

/** What makes two scenarios the same [Context]: the listed files. */
export function scenarioKey(s: Scenario): string {
  return s.existing.map((e) => e.path).join('\n');
}
