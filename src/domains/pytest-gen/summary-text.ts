import { pick, type Rng } from '../../generate/rng.js';

const tests = (n: number) => `${n} test${n === 1 ? '' : 's'}`;

export interface WriteStory {
  fn: string;
  path: string;
  generated: number;
  passing: number;
  values: number;
  errors: number;
  kept: number;
  /** The failure of the first run that the agent fixed, if any. */
  fixed: { test: string; message: string } | null;
}

function coverage(s: WriteStory): string {
  const parts = [`${s.values} value case${s.values === 1 ? '' : 's'}`];
  if (s.errors) parts.push(`${s.errors} error case${s.errors === 1 ? '' : 's'}`);
  return parts.join(' and ');
}

/** The submit_result summary after writing tests: what was written, what was fixed, what passes. */
export function writeSummary(rng: Rng, s: WriteStory): string {
  const head = pick(rng, [
    `Wrote ${tests(s.generated)} for ${s.fn} in ${s.path}, covering ${coverage(s)}.`,
    `Added ${tests(s.generated)} for ${s.fn} to ${s.path} (${coverage(s)}).`,
    `${s.path} now tests ${s.fn} with ${tests(s.generated)}: ${coverage(s)}.`,
  ]);
  const kept = s.kept ? ` The ${tests(s.kept)} already in the file were kept.` : '';
  const fixed = s.fixed ? ` The first run failed on ${s.fixed.test.split('::')[1]} (${s.fixed.message}); I corrected that test.` : '';
  const end = pick(rng, [` All ${tests(s.passing)} pass.`, ` pytest: ${s.passing} passed, 0 failed.`]);
  return `${head}${kept}${fixed}${end}`;
}

/** The summary when the existing tests already cover the function. */
export function adequateSummary(rng: Rng, fn: string, path: string, count: number, ran: boolean): string {
  return pick(rng, [
    `${path} already tests ${fn} (${tests(count)}${ran ? ', all passing' : ''}); nothing to add.`,
    `${fn} is already covered by ${tests(count)} in ${path}${ran ? ' that pass' : ''}; no changes made.`,
  ]);
}
