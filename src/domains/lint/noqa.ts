import type { LintContext, LintFinding } from './rule.js';

const NOQA = /#\s*noqa(?::\s?([A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?/i;
const FILE_EXEMPTION = /^#\s*(?:flake8|ruff)\s*:\s*noqa(?:\s*:\s*([A-Z]+[0-9]+(?:[,\s]+[A-Z]+[0-9]+)*))?\s*$/i;

type Silenced = Set<string> | 'all';

/** Every noqa fact of a file, gathered in one pass over its comments and strings. */
interface NoqaFacts {
  /** 1-based line -> the codes its `# noqa` silences. */
  byLine: Map<number, Silenced>;
  /** `# ruff: noqa` / `# flake8: noqa` on a line of its own, for the file. */
  file: Silenced | null;
  /** [first, last] 1-based lines of strings that span several lines. */
  multilineStrings: [number, number][];
}

function merge(into: Silenced | null | undefined, codes: string[] | null): Silenced {
  if (codes === null || into === 'all') return 'all';
  const set = into ?? new Set<string>();
  for (const c of codes) set.add(c.toUpperCase());
  return set;
}

function facts(ctx: LintContext): NoqaFacts {
  return ctx.memo('noqa', () => {
    const byLine = new Map<number, Silenced>();
    let file: Silenced | null = null;
    for (const c of ctx.flat.root.descendantsOfType('comment')) {
      const row = c.startPosition.row;
      const m = NOQA.exec(c.text);
      if (m) byLine.set(row + 1, merge(byLine.get(row + 1), m[1] === undefined ? null : m[1].split(/[,\s]+/)));
      const ownLine = ctx.lines[row].trim() === c.text.trim();
      const f = ownLine ? FILE_EXEMPTION.exec(c.text.trim()) : null;
      if (f) file = merge(file, f[1] === undefined ? null : f[1].split(/[,\s]+/));
    }
    const multilineStrings: [number, number][] = [];
    for (const s of ctx.flat.root.descendantsOfType('string')) {
      if (s.startPosition.row < s.endPosition.row) multilineStrings.push([s.startPosition.row + 1, s.endPosition.row + 1]);
    }
    return { byLine, file, multilineStrings };
  });
}

/**
 * The line whose `# noqa` governs a finding on `line` (1-based). As in ruff's noqa mapping, a
 * line inside a string spanning several lines, or a line continued with `\`, is governed by the
 * comment on the last line of that string or continuation.
 */
function noqaLine(ctx: LintContext, line: number): number {
  let at = line;
  for (const [first, last] of facts(ctx).multilineStrings) if (first <= at && at < last) at = last;
  while (at < ctx.lines.length && /\\$/.test(ctx.lines[at - 1])) at++;
  return at;
}

const silences = (s: Silenced | null | undefined, code: string) => s === 'all' || (s !== null && s !== undefined && s.has(code));

/**
 * A `# noqa` or `# noqa: CODE` comment governing the finding's line silences it, as in ruff;
 * `parentLine` is the first line of the statement for findings ruff gives a parent (F401).
 */
export function silencedByNoqa(ctx: LintContext, line: number, code: string, parentLine?: number): boolean {
  const { byLine, file } = facts(ctx);
  if (silences(file, code)) return true;
  return [line, parentLine].some((l) => l !== undefined && silences(byLine.get(noqaLine(ctx, l)), code));
}

/** The findings that no noqa comment silences. */
export function withoutSuppressed(ctx: LintContext, findings: LintFinding[]): LintFinding[] {
  return findings.filter((f) => !silencedByNoqa(ctx, f.line, f.code));
}
