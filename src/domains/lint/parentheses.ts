import type { SyntaxNode } from '../../parse/syntax-node.js';

/**
 * The expression inside any parentheses around it: ruff's AST has no node for `(x)`. The
 * result is a node of the same tree (a real Node's children are real Nodes), hence `N`.
 */
export function unparenthesized<N extends SyntaxNode>(n: N): N {
  let at = n;
  while (at.type === 'parenthesized_expression') {
    const inner = at.namedChildren.filter((c) => c !== null && c.type !== 'comment');
    if (inner.length !== 1 || !inner[0]) break;
    at = inner[0] as N;
  }
  return at;
}
