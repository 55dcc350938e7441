import { agree, counted } from '../../text/plural.js';
import type { LintRule } from './rule.js';
import type { LintIssue, LintReport } from './tools.js';

/** `E231 (missing whitespace after ',') x2, F401 (unused import)`: codes with ruff's rule names. */
function codeList(issues: readonly LintIssue[], rules: readonly LintRule[]): string {
  const counts = new Map<string, number>();
  for (const i of issues) counts.set(i.code, (counts.get(i.code) ?? 0) + 1);
  return [...counts.entries()]
    .map(([code, n]) => {
      const name = rules.find((r) => r.meta.code === code)?.meta.name.replace(/-/g, ' ');
      return `${code}${name ? ` (${name})` : ''}${n > 1 ? ` x${n}` : ''}`;
    })
    .join(', ');
}

/** The placeholders of the lint summaries: counts and codes as the first and latest reports show them. */
export function lintSummaryValues(file: string, rules: readonly LintRule[], first: LintReport, fixed: number, latest: LintReport): Record<string, string> {
  const left = latest.total;
  const rest = left === 0 ? 'No issues remain.' : `${counted(left, 'issue')} ${agree(left, 'remains')} without a safe fix: ${codeList(latest.issues, rules)}.`;
  return {
    file,
    found: counted(first.total, 'issue'),
    found_codes: codeList(first.issues, rules),
    fixed: counted(fixed, 'issue'),
    remaining: counted(left, 'issue'),
    remaining_codes: codeList(latest.issues, rules),
    rest,
  };
}
