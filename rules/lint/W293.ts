import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { keepExact } from '../../src/domains/lint/verify-injection.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'blank-line-with-whitespace',
  fixable: true,
  preview: false,
  description: 'A blank line that holds spaces or tabs.',
};

// Rust's char::is_whitespace, which ruff uses to measure the blank.
const BLANK = /^[\s\u0085]+$/u;

function inString(ctx: LintContext, offset: number): { multiline: boolean } | null {
  for (let n = ctx.tree.rootNode.descendantForIndex(offset); n; n = n.parent) {
    if (n.type === 'string') return { multiline: n.startPosition.row !== n.endPosition.row };
  }
  return null;
}

/** ruff also deletes the `\` continuations that lead into the blank line, so no dangling `\` is left. */
function fixStart(ctx: LintContext, row: number): number {
  let start = ctx.lineStarts[row];
  for (let r = row - 1; r >= 0 && ctx.lines[r].endsWith('\\'); r--) {
    const backslash = ctx.lineStarts[r] + ctx.lines[r].length - 1;
    if (ctx.tree.rootNode.descendantForIndex(backslash)?.type !== 'line_continuation') break;
    start = backslash;
  }
  return start;
}

// Raw text (whitespace-only lines); the tree only tells a string's content apart.
function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  ctx.lines.forEach((text, row) => {
    if (!BLANK.test(text)) return;
    const start = ctx.lineStarts[row];
    const str = inString(ctx, start);
    out.push({
      code: 'W293',
      line: row + 1,
      col: 1,
      message: 'Blank line contains whitespace',
      // Inside a multi-line string the spaces are part of the value: ruff's fix is unsafe there.
      fixable: !str?.multiline,
      fix: { title: 'Remove whitespace from blank line', edits: [{ start: fixStart(ctx, row), end: start + text.length, text: '' }] },
    });
  });
  return withoutSuppressed(ctx, out);
}

/** Fills an empty line inside a function body with the indentation of the line below it. */
function inject(ctx: LintContext, rng: Rng): Injection[] {
  const out: Injection[] = [];
  for (const { node } of ctx.captures(rule.query(['body']))) {
    for (let row = node.startPosition.row + 1; row < node.endPosition.row; row++) {
      if (ctx.lines[row] !== '' || inString(ctx, ctx.lineStarts[row])) continue;
      const below = ctx.lines.slice(row + 1).find((l) => l.trim() !== '') ?? '';
      const indent = /^[ ]*/.exec(below)![0] || ' '.repeat(1 + Math.floor(rng() * 4));
      const at = ctx.lineStarts[row];
      out.push({ label: `spaces on blank line ${row + 1}`, edits: [{ start: at, end: at, text: indent }] });
    }
  }
  // A blank line inside a method sits in two bodies (the class's and the def's): one site.
  const seen = new Set<number>();
  return keepExact(ctx, out.filter((inj) => !seen.has(inj.edits[0].start) && seen.add(inj.edits[0].start) !== undefined), check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
