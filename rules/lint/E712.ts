import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { analyzeComparison, type LiteralComparison } from '../../src/domains/lint/literal-comparisons.js';
import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { unparenthesized } from '../../src/domains/lint/parentheses.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'true-false-comparison',
  fixable: false,
  preview: false,
  description: 'Comparison to True or False with == or != instead of a truth check.',
};

function captured(ctx: LintContext, name: 'compare' | 'condition'): SyntaxNode[] {
  const query = rule.query(['compare', 'condition']);
  return ctx.captures(query).filter((c) => c.name === name).map((c) => c.node);
}

/** ruff's SourceCodeSnippet: a long or multi-line condition is `...` in the message, absent in the title. */
function tooLong(text: string): boolean {
  return [...text].length > 50 || /[\r\n]/.test(text);
}

function keepsTruth(f: LiteralComparison): boolean {
  return (f.op === '==') === f.value;
}

function describe(f: LiteralComparison): { message: string; title: string } {
  if (!f.other) return { message: 'Avoid equality comparisons to `True` or `False`', title: 'Replace comparison' };
  const cond = unparenthesized(f.other).text;
  const shown = tooLong(cond) ? '...' : cond;
  const which = f.op === '==' ? 'equality' : 'inequality';
  const use = keepsTruth(f) ? `\`${shown}:\` for truth checks` : `\`not ${shown}:\` for false checks`;
  return {
    message: `Avoid ${which} comparisons to \`${f.value ? 'True' : 'False'}\`; use ${use}`,
    title: tooLong(cond) ? 'Replace comparison' : `Replace with \`${keepsTruth(f) ? cond : `not ${cond}`}\``,
  };
}

/**
 * ruff's generate_redundant_comparison: the other operand as written (with its parentheses),
 * wrapped again when the literal was parenthesized, and `not` when the test is for falseness.
 */
function redundant(compare: SyntaxNode, f: LiteralComparison): string {
  const other = f.other!;
  const literalOnLeft = other.startIndex > f.literal.startIndex;
  const wrap = literalOnLeft ? f.literal.startIndex !== compare.startIndex : f.literal.endIndex !== compare.endIndex;
  const text = keepsTruth(f) ? other.text : `not ${other.text}`;
  return wrap ? `(${text})` : text;
}

function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const compare of captured(ctx, 'compare')) {
    const analysis = analyzeComparison(compare);
    const bools = analysis.found.filter((f) => f.kind === 'bool');
    if (bools.length === 0) continue;
    // A single `x == True` becomes `x` / `not x`; a chain gets `is` / `is not` like E711.
    const single = analysis.ops.length === 1 ? bools[0] : null;
    const text = single?.other ? redundant(compare, single) : analysis.rewritten;
    const { line, col } = ctx.position(compare.startIndex);
    for (const f of bools) {
      const { message, title } = describe(f);
      out.push({
        code: 'E712',
        line,
        col,
        message,
        // Unsafe in ruff: `x == True` is not `x` for values that are truthy but not True.
        fixable: false,
        fix: { title, edits: [{ start: compare.startIndex, end: compare.endIndex, text }] },
      });
    }
  }
  return withoutSuppressed(ctx, out);
}

const TESTABLE = new Set(['identifier', 'attribute', 'call', 'subscript']);

/** `if ready:` -> `if ready == True:`, `if not ready:` -> `if ready == False:`. */
function inject(ctx: LintContext, _rng: Rng): Injection[] {
  const out: Injection[] = [];
  for (const cond of captured(ctx, 'condition')) {
    const { line } = ctx.position(cond.startIndex);
    const arg = cond.type === 'not_operator' ? cond.childForFieldName('argument') : null;
    if (TESTABLE.has(cond.type)) {
      out.push({ label: `truth test written as \`== True\` on line ${line}`, edits: [{ start: cond.endIndex, end: cond.endIndex, text: ' == True' }] });
    } else if (arg && TESTABLE.has(arg.type)) {
      out.push({
        label: `false test written as \`== False\` on line ${line}`,
        edits: [{ start: cond.startIndex, end: arg.startIndex, text: '' }, { start: arg.endIndex, end: arg.endIndex, text: ' == False' }],
      });
    }
  }
  return out;
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
