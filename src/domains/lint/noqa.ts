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

const FILE_EXEMPTION = /^#\s*(?:flake8|ruff)\s*:\s*noqa(?:\s*:\s*([A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?\s*$/i;

/** `# ruff: noqa` / `# flake8: noqa` on a line of its own exempts the whole file (or the codes it names). */
function exemptFile(ctx: LintContext, code: string): boolean {
  return ctx.tree.rootNode.descendantsOfType('comment').some((c) => {
    if (!c || ctx.lines[c.startPosition.row].trim() !== c.text.trim()) return false;
    const m = FILE_EXEMPTION.exec(c.text.trim());
    return m !== null && (m[1] === undefined || m[1].split(/[,\s]+/).some((x) => x.toUpperCase() === code));
  });
}

/**
 * A `# noqa` or `# noqa: CODE` comment governing the finding's line silences it, as in ruff;
 * `parentLine` is the first line of the statement for findings ruff gives a parent (F401).
 */
export function silencedByNoqa(ctx: LintContext, line: number, code: string, parentLine?: number): boolean {
  if (exemptFile(ctx, code)) return true;
  return [line, parentLine].some((l) => {
    if (l === undefined) return false;
    const silenced = silencedOn(ctx, noqaLine(ctx, l));
    return silenced === 'all' || silenced.has(code);
  });
}

/** The findings that no noqa comment silences. */
export function withoutSuppressed(ctx: LintContext, findings: LintFinding[]): LintFinding[] {
  return findings.filter((f) => !silencedByNoqa(ctx, f.line, f.code));
}
