import type { SyntaxNode } from '../../parse/syntax-node.js';

/** Something other than indentation precedes the statement on its line (`if x: import os`). */
export function hasLeadingContent(code: string, stmt: SyntaxNode): boolean {
  const lineStart = code.lastIndexOf('\n', stmt.startIndex - 1) + 1;
  return code.slice(lineStart, stmt.startIndex).trim() !== '';
}

/** The `;` right after the statement (spaces allowed before it), or -1. */
export function trailingSemicolon(code: string, stmt: SyntaxNode): number {
  const m = /^[ \t\f]*;/.exec(code.slice(stmt.endIndex));
  return m ? stmt.endIndex + m[0].length - 1 : -1;
}

/** ruff's in_multi_statement_line: the statement shares its line with another one. */
export function inMultiStatementLine(code: string, stmt: SyntaxNode): boolean {
  return hasLeadingContent(code, stmt) || trailingSemicolon(code, stmt) !== -1;
}

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(code: string, offset: number): number {
  return code.lastIndexOf('\n', offset - 1) + 1;
}
