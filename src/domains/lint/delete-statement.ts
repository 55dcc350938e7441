import type { SyntaxNode } from '../../parse/syntax-node.js';
import type { TextEdit } from './rule.js';
import { hasLeadingContent, lineStartOf, trailingSemicolon } from './statement-line.js';

/** The statements of the block holding `stmt` (comments are not statements). */
function siblings(stmt: SyntaxNode): SyntaxNode[] {
  return (stmt.parent?.namedChildren ?? []).filter((c): c is SyntaxNode => c !== null && c.type !== 'comment');
}

/** The statement node as ruff sees it: `x = 1` is an expression_statement around the assignment. */
export function statementOf(node: SyntaxNode): SyntaxNode {
  let at = node;
  while (at.parent && at.parent.type !== 'block' && at.parent.type !== 'module') at = at.parent;
  return at;
}

/**
 * ruff's delete_stmt: a statement alone in its block becomes `pass`; one followed by `;` goes
 * with the `;` up to the next statement; one after other code on its line goes alone; otherwise
 * its whole lines go, trailing comment and newline included.
 */
export function deleteStatement(code: string, stmt: SyntaxNode): TextEdit {
  if (stmt.parent?.type === 'block' && siblings(stmt).length === 1) return { start: stmt.startIndex, end: stmt.endIndex, text: 'pass' };
  const semicolon = trailingSemicolon(code, stmt);
  if (semicolon !== -1) {
    const rest = /^[ \t\f]*/.exec(code.slice(semicolon + 1))![0];
    const after = semicolon + 1 + rest.length;
    const end = code[after] === '\n' || code[after] === '\r' || after >= code.length ? semicolon + 1 : after;
    return { start: stmt.startIndex, end, text: '' };
  }
  if (hasLeadingContent(code, stmt)) return { start: stmt.startIndex, end: stmt.endIndex, text: '' };
  const nl = code.indexOf('\n', stmt.endIndex);
  return { start: lineStartOf(code, stmt.startIndex), end: nl === -1 ? code.length : nl + 1, text: '' };
}
