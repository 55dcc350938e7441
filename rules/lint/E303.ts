import { blankLineFindings, emptyRowsAbove } from '../../src/domains/lint/blank-lines.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { keepExact } from '../../src/domains/lint/verify-injection.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'too-many-blank-lines',
  fixable: true,
  preview: true,
  description: 'More than two blank lines at the top level, or more than one inside a block.',
};

// One pass over the file's lines decides E302, E303 and E305 together, as in ruff.
function check(ctx: LintContext): LintFinding[] {
  return blankLineFindings(ctx, 'E303');
}

/** Adds one blank line where the most allowed already are: a third at the top level, a second in a block. */
function inject(ctx: LintContext): Injection[] {
  const out: Injection[] = [];
  for (const { node } of ctx.captures(rule.query(['stmt']))) {
    if (node.type === 'comment') continue;
    const row = node.startPosition.row;
    const allowed = node.parent?.type === 'module' ? 2 : 1;
    if (emptyRowsAbove(ctx, row) !== allowed) continue;
    const at = ctx.lineStarts[row];
    out.push({ label: `${allowed + 1} blank lines before line ${row + 1}`, edits: [{ start: at, end: at, text: '\n' }] });
  }
  return keepExact(ctx, out, check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
