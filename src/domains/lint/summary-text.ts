import { pick, type Rng } from '../../generate/rng.js';
import type { LintIssue } from './tools.js';

function codeList(issues: readonly { code: string }[]): string {
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  return [...counts.entries()].map(([c, n]) => (n > 1 ? `${c} x${n}` : c)).join(', ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The submit_result summary, phrased a few ways, stating only what the agent has seen. */
export function lintSummary(rng: Rng, file: string, first: readonly LintIssue[], fixed: number, remaining: readonly LintIssue[]): string {
  if (first.length === 0) {
    return pick(rng, [`${file} is already clean: ruff reports no issues, so nothing was changed.`, `No lint issues in ${file}; nothing to fix.`, `ruff found no issues in ${file}. No changes made.`]);
  }
  if (fixed === 0) {
    return pick(rng, [
      `Found ${plural(first.length, 'issue')} (${codeList(first)}), none with a safe fix, so the file is unchanged.`,
      `No safe fixes available: ${plural(remaining.length, 'issue')} remain (${codeList(remaining)}) and need a manual change.`,
    ]);
  }
  const rest = remaining.length === 0 ? pick(rng, ['The file is now clean.', 'No issues remain.']) : `${plural(remaining.length, 'issue')} remain without a safe fix (${codeList(remaining)}).`;
  return pick(rng, [`Fixed ${plural(fixed, 'issue')} in ${file}. ${rest}`, `Applied ${plural(fixed, 'safe fix')}. ${rest}`]);
}
