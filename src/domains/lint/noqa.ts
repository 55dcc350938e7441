import type { LintContext, LintFinding } from './rule.js';

const NOQA = /#\s*noqa(?::\s?([A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;

/**
 * The line whose `# noqa` governs a finding on `line` (1-based). As in ruff's noqa mapping, a
 * line inside a string spanning several lines, or a line continued with `\`, is governed by the
 * comment on the last line of that string or continuation.
 */
function noqaLine(ctx: LintContext, line: number): number {
  let at = line;
  for (const s of ctx.tree.rootNode.descendantsOfType('string')) {
    if (!s) continue;
    const first = s.startPosition.row + 1;
    const last = s.endPosition.row + 1;
    if (first < last && first <= at && at < last) at = last;
  }
  while (at < ctx.lines.length && /\\$/.test(ctx.lines[at - 1])) at++;
  return at;
}

/** The codes a noqa comment on that line silences: 'all' for a bare `# noqa`. */
function silencedOn(ctx: LintContext, line: number): Set<string> | 'all' {
  const codes = new Set<string>();
  for (const c of ctx.tree.rootNode.descendantsOfType('comment')) {
    if (!c || c.startPosition.row !== line - 1) continue;
    const m = NOQA.exec(c.text);
    if (!m) continue;
    if (m[1] === undefined) return 'all';
    for (const code of m[1].split(/[,\s]+/)) codes.add(code.toUpperCase());
  }
  return codes;
}

/** A `# noqa` or `# noqa: CODE` comment governing the finding's line silences it, as in ruff. */
export function silencedByNoqa(ctx: LintContext, line: number, code: string): boolean {
  const silenced = silencedOn(ctx, noqaLine(ctx, line));
  return silenced === 'all' || silenced.has(code);
}

/** The findings that no noqa comment silences. */
export function withoutSuppressed(ctx: LintContext, findings: LintFinding[]): LintFinding[] {
  return findings.filter((f) => !silencedByNoqa(ctx, f.line, f.code));
}
