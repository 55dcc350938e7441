import type { Node } from 'web-tree-sitter';
import { cleandoc } from './cleandoc.js';
import { pythonStringValue } from './python-string.js';

export interface ExistingDocstring {
  /** The string literal's span in the file (UTF-16 offsets). */
  start: number;
  end: number;
  /** As ast.get_docstring returns it. */
  text: string;
}

function isPlainStr(n: Node): boolean {
  // Bytes and f-strings are not docstrings for Python.
  return n.type === 'string' && /^[rRuU]?['"]/.test(n.text) && !n.namedChildren.some((c) => c?.type === 'interpolation');
}

/** The first statement of a body, skipping comments (they are not statements to Python). */
export function firstStatement(def: Node): Node | null {
  const body = def.childForFieldName('body');
  return body?.namedChildren.find((n): n is Node => n !== null && n.type !== 'comment') ?? null;
}

/** The docstring of a function or class, exactly as Python's ast.get_docstring sees it. */
export function existingDocstring(def: Node): ExistingDocstring | null {
  const first = firstStatement(def);
  if (!first || first.type !== 'expression_statement' || first.namedChildCount !== 1) return null;
  const expr = first.namedChild(0)!;
  let raw: string;
  if (isPlainStr(expr)) raw = pythonStringValue(expr.text);
  else if (expr.type === 'concatenated_string' && expr.namedChildren.every((p) => p && isPlainStr(p))) {
    raw = expr.namedChildren.map((p) => pythonStringValue(p!.text)).join('');
  } else return null;
  return { start: expr.startIndex, end: expr.endIndex, text: cleandoc(raw) };
}
