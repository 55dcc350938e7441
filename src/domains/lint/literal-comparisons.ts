import type { SyntaxNode } from '../../parse/syntax-node.js';
import { unparenthesized as unwrap } from './parentheses.js';

/** ruff's comparison operators that E711/E712 look at. */
export type EqOp = '==' | '!=';

/** One `== None` / `== True` style comparison inside a (possibly chained) comparison. */
export interface LiteralComparison {
  kind: 'none' | 'bool';
  op: EqOp;
  /** The literal's value for bool comparisons. */
  value: boolean | null;
  /** The literal operand (E711 reports its position). */
  literal: SyntaxNode;
  /** The other operand of this pair, or null in a chain (ruff then gives no `cond`). */
  other: SyntaxNode | null;
}

export interface ComparisonAnalysis {
  compare: SyntaxNode;
  operands: SyntaxNode[];
  ops: string[];
  found: LiteralComparison[];
  /** ruff's replacement for the whole comparison: every flagged `==`/`!=` made `is`/`is not`. */
  rewritten: string;
}

function literalKind(n: SyntaxNode): 'none' | 'bool' | null {
  const u = unwrap(n);
  if (u.type === 'none') return 'none';
  if (u.type === 'true' || u.type === 'false') return 'bool';
  return null;
}

function isPlainString(n: SyntaxNode): boolean {
  if (n.type === 'concatenated_string') return n.namedChildren.every((c) => c !== null && isPlainString(c));
  return n.type === 'string' && !n.namedChildren.some((c) => c?.type === 'interpolation');
}

/** ruff's is_constant_non_singleton: a literal that is not None/True/False/`...`. */
function isConstantNonSingleton(n: SyntaxNode): boolean {
  const u = unwrap(n);
  if (u.type === 'integer' || u.type === 'float' || isPlainString(u)) return true;
  if (u.type === 'tuple') {
    const items = u.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
    return items.every((c) => isConstantNonSingleton(c) || literalKind(c) !== null || c.type === 'ellipsis');
  }
  return false;
}

/**
 * Mirrors ruff's literal_comparisons (pycodestyle E711/E712, both selected): the left operand is
 * checked against the first comparator, then every pair in the chain, skipping pairs whose left
 * side is a non-singleton constant.
 */
export function analyzeComparison(compare: SyntaxNode): ComparisonAnalysis {
  const operands: SyntaxNode[] = [];
  const ops: string[] = [];
  for (const c of compare.children) {
    if (!c || c.type === 'comment') continue;
    if (c.isNamed) operands.push(c);
    else ops.push(c.text.replace(/\s+/g, ' '));
  }
  const found: LiteralComparison[] = [];
  const badOps = new Map<number, string>();
  const single = ops.length === 1;
  const flag = (literal: SyntaxNode, other: SyntaxNode, index: number) => {
    const op = ops[index];
    const kind = literalKind(literal);
    if (!kind || (op !== '==' && op !== '!=')) return;
    const u = unwrap(literal);
    found.push({ kind, op, value: kind === 'bool' ? u.type === 'true' : null, literal: u, other: single ? other : null });
    badOps.set(index, op === '==' ? 'is' : 'is not');
  };
  if (!isConstantNonSingleton(operands[1])) flag(operands[0], operands[1], 0);
  for (let i = 0; i < ops.length; i++) {
    if (isConstantNonSingleton(operands[i])) continue;
    flag(operands[i + 1], operands[i], i);
  }
  let rewritten = operands[0].text;
  ops.forEach((op, i) => {
    rewritten += ` ${badOps.get(i) ?? op} ${operands[i + 1].text}`;
  });
  return { compare, operands, ops, found, rewritten };
}
