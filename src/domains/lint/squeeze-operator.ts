import type { Query } from 'web-tree-sitter';
import type { Injection, LintContext, LintFinding, TextEdit } from './rule.js';
import { keepExact } from './verify-injection.js';

const SPACES = /^[ ]+$/;

/**
 * Injections for the operator-spacing rules: the spaces on both sides of an operator the query
 * captured (@op) are removed, `a == b` -> `a==b`. Only single-line, space-only gaps qualify, so
 * no token can merge with its neighbour across a line break or tab.
 */
export function squeezeOperators(ctx: LintContext, query: Query, check: (c: LintContext) => LintFinding[]): Injection[] {
  const out: Injection[] = [];
  for (const { node } of ctx.captures(query)) {
    const before = node.previousSibling;
    const after = node.nextSibling;
    if (!before || !after || before.type === 'comment' || after.type === 'comment') continue;
    const left = ctx.code.slice(before.endIndex, node.startIndex);
    const right = ctx.code.slice(node.endIndex, after.startIndex);
    if (!SPACES.test(left) || !SPACES.test(right)) continue;
    const edits: TextEdit[] = [
      { start: before.endIndex, end: node.startIndex, text: '' },
      { start: node.endIndex, end: after.startIndex, text: '' },
    ];
    out.push({ label: `no spaces around \`${node.text}\` on line ${ctx.position(node.startIndex).line}`, edits });
  }
  return keepExact(ctx, out, check);
}
