import type { Node } from 'web-tree-sitter';
import { outerNode } from '../../parse/discover-nodes.js';
import { withTree } from '../../parse/python.js';
import { findSyntaxError } from '../../parse/syntax-error.js';
import { existingDocstring } from './existing-docstring.js';
import { findDef } from './find-defs.js';
import { tripleQuotedBody } from './python-string.js';

export class UnwritableDocstring extends Error {}

function lineStart(code: string, offset: number): number {
  return code.lastIndexOf('\n', offset - 1) + 1;
}

function leadingSpace(code: string, offset: number): string {
  return /^[ \t]*/.exec(code.slice(lineStart(code, offset)))![0];
}

/** Text that ast.get_docstring cannot give back unchanged (cleandoc would alter it). */
function checkClean(text: string): void {
  const lines = text.split('\n');
  const problem =
    text.includes('\t') ? 'a tab' :
    text.includes('\r') ? 'a carriage return' :
    text.trim() === '' ? 'no text' :
    /^\s/.test(text) ? 'leading whitespace' :
    lines.some((l) => /\s$/.test(l)) ? 'trailing whitespace on a line' :
    lines.length > 1 && lines.slice(1).every((l) => l === '' || l.startsWith(' ')) ? 'every continuation line indented' : null;
  if (problem) throw new UnwritableDocstring(`the docstring has ${problem}, which Python's cleandoc would change`);
}

/** `"""text"""`, continuation lines at `indent`, the closing quotes on their own line. */
export function docstringLiteral(text: string, indent: string): string {
  checkClean(text);
  const body = tripleQuotedBody(text);
  if (!body.includes('\n')) return `"""${body}"""`;
  return `"""${body.split('\n').map((l, i) => (i === 0 || l === '' ? l : indent + l)).join('\n')}\n${indent}"""`;
}

/**
 * Puts `text` as the docstring of the definition `qualname`: replaces the existing one in
 * place, or inserts it as the body's first statement (splitting `def f(): return 1`). The
 * result must still parse.
 */
export function writeDocstring(code: string, qualname: string, text: string): { code: string; replaced: boolean } {
  const out = withTree(code, (tree) => {
    const def = findDef(tree, qualname);
    const bodyIndent = indentOfBody(code, def);
    const existing = existingDocstring(def);
    if (existing) {
      return { code: code.slice(0, existing.start) + docstringLiteral(text, bodyIndent) + code.slice(existing.end), replaced: true };
    }
    const body = def.childForFieldName('body')!;
    const first = body.namedChildren.find((n): n is Node => n !== null)!;
    const literal = docstringLiteral(text, bodyIndent);
    if (first.startPosition.row > colonRow(def)) {
      const at = lineStart(code, first.startIndex);
      return { code: `${code.slice(0, at)}${bodyIndent}${literal}\n${code.slice(at)}`, replaced: false };
    }
    // `def f(x): return x`: the body moves to its own line below the docstring.
    const colonEnd = colonOffset(def);
    return { code: `${code.slice(0, colonEnd)}\n${bodyIndent}${literal}\n${bodyIndent}${code.slice(first.startIndex)}`, replaced: false };
  });
  withTree(out.code, (tree) => {
    const err = findSyntaxError(tree);
    if (err) throw new UnwritableDocstring(`the file no longer parses after writing the docstring of ${qualname} (line ${err.line})`);
  });
  return out;
}

function colonNode(def: Node): Node {
  const body = def.childForFieldName('body')!;
  const colon = def.children.filter((c): c is Node => c !== null && c.type === ':' && c.endIndex <= body.startIndex).pop();
  if (!colon) throw new Error(`no ':' before the body of ${def.text.slice(0, 40)}`);
  return colon;
}

function colonRow(def: Node): number {
  return colonNode(def).startPosition.row;
}

function colonOffset(def: Node): number {
  return colonNode(def).endIndex;
}

/** The body's indentation: its first statement's line, or the header's plus four spaces. */
function indentOfBody(code: string, def: Node): string {
  const body = def.childForFieldName('body')!;
  const stmt = body.namedChildren.find((n): n is Node => n !== null && n.type !== 'comment');
  if (stmt && stmt.startPosition.row > colonRow(def)) return leadingSpace(code, stmt.startIndex);
  return `${leadingSpace(code, outerNode(def).startIndex)}    `;
}
