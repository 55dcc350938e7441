import { defineLintRule, type LintContext, type LintFinding, type LintRuleMeta, type Injection } from '../../src/domains/lint/rule.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'trailing-whitespace',
  fixable: true,
  preview: false,
  description: 'Whitespace at the end of a line that has code on it.',
};

const TRAILING = /[ \t\f]+$/;

/** Inside a string that spans lines the spaces are part of the value: ruff's fix is unsafe there. */
function insideMultilineString(ctx: LintContext, offset: number): boolean {
  const node = ctx.tree.rootNode.descendantForIndex(offset);
  for (let n: typeof node | null = node; n; n = n.parent) {
    if ((n.type === 'string' || n.type === 'string_content') && n.startPosition.row !== n.endPosition.row) return true;
  }
  return false;
}

// This is about raw text, not syntax, so it reads lines; tree-sitter only rules out strings.
function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  ctx.lines.forEach((text, i) => {
    const m = TRAILING.exec(text);
    if (!m || m.index === 0) return; // a whitespace-only line is W293's
    const start = ctx.lineStarts[i] + m.index;
    const safe = !insideMultilineString(ctx, start);
    const { line, col } = ctx.position(start);
    out.push({
      code: 'W291',
      line,
      col,
      message: 'Trailing whitespace',
      fixable: safe,
      fix: { title: 'Remove trailing whitespace', edits: [{ start, end: ctx.lineStarts[i] + text.length, text: '' }] },
    });
  });
  return out;
}

/** Appends spaces to a line of code that is not inside a string. */
function inject(ctx: LintContext, rng: Rng): Injection[] {
  const out: Injection[] = [];
  ctx.lines.forEach((text, i) => {
    if (text.trim() === '' || TRAILING.test(text) || text.trimStart().startsWith('#')) return;
    const end = ctx.lineStarts[i] + text.length;
    if (insideMultilineString(ctx, end)) return;
    out.push({ label: `trailing spaces on line ${i + 1}`, edits: [{ start: end, end, text: ' '.repeat(1 + Math.floor(rng() * 3)) }] });
  });
  return out;
}

export default defineLintRule(import.meta.url, { meta, check, inject });
