import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { analyzeComparison } from '../../src/domains/lint/literal-comparisons.js';
import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'none-comparison',
  fixable: false,
  preview: false,
  description: 'Comparison to None with == or != instead of is / is not.',
};

function comparisons(ctx: LintContext): SyntaxNode[] {
  const query = rule.query(['compare']);
  return ctx.captures(query).map((c) => c.node);
}

function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const compare of comparisons(ctx)) {
    const analysis = analyzeComparison(compare);
    for (const f of analysis.found) {
      if (f.kind !== 'none') continue;
      const { line, col } = ctx.position(f.literal.startIndex);
      const cond = f.op === '==' ? 'cond is None' : 'cond is not None';
      out.push({
        code: 'E711',
        line,
        col,
        message: `Comparison to \`None\` should be \`${cond}\``,
        // ruff's fix is unsafe: a class may define __eq__ so that `== None` means something else.
        fixable: false,
        fix: { title: `Replace with \`${cond}\``, edits: [{ start: compare.startIndex, end: compare.endIndex, text: analysis.rewritten }] },
      });
    }
  }
  return withoutSuppressed(ctx, out);
}

/** `x is None` -> `x == None`, `x is not None` -> `x != None` (single comparisons only). */
function inject(ctx: LintContext, _rng: Rng): Injection[] {
  const out: Injection[] = [];
  for (const compare of comparisons(ctx)) {
    const { operands, ops } = analyzeComparison(compare);
    if (ops.length !== 1 || (ops[0] !== 'is' && ops[0] !== 'is not') || operands[1].type !== 'none') continue;
    const opNode = compare.children.find((c) => c !== null && !c.isNamed);
    if (!opNode) continue;
    const eq = ops[0] === 'is' ? '==' : '!=';
    const { line } = ctx.position(compare.startIndex);
    out.push({ label: `\`${ops[0]} None\` written as \`${eq} None\` on line ${line}`, edits: [{ start: opNode.startIndex, end: opNode.endIndex, text: eq }] });
  }
  return out;
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
