import { blankLineFindings, emptyRowsAbove } from '../../src/domains/lint/blank-lines.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { keepExact } from '../../src/domains/lint/verify-injection.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'blank-lines-top-level',
  fixable: true,
  preview: true,
  description: 'A top-level def or class without two blank lines above it.',
};

// One pass over the file's lines decides E302, E303 and E305 together, as in ruff.
function check(ctx: LintContext): LintFinding[] {
  return blankLineFindings(ctx, 'E302');
}

/** Takes one of the two blank lines above a top-level def, class or decorator. */
function inject(ctx: LintContext): Injection[] {
  const out: Injection[] = [];
  for (const { node } of ctx.captures(rule.query(['def']))) {
    const row = node.startPosition.row;
    if (emptyRowsAbove(ctx, row) !== 2) continue;
    const at = ctx.lineStarts[row - 1];
    out.push({ label: `one blank line before line ${row + 1}`, edits: [{ start: at, end: at + 1, text: '' }] });
  }
  return keepExact(ctx, out, check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
