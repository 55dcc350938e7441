import type { Node } from 'web-tree-sitter';

/** The expression inside any parentheses around it: ruff's AST has no node for `(x)`. */
export function unparenthesized(n: Node): Node {
  let at = n;
  while (at.type === 'parenthesized_expression') {
    const inner = at.namedChildren.filter((c) => c !== null && c.type !== 'comment');
    if (inner.length !== 1 || !inner[0]) break;
    at = inner[0];
  }
  return at;
}
