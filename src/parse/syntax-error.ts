import type { Tree } from 'web-tree-sitter';

/** The first ERROR or MISSING node, 1-based; null when the file parses cleanly. */
export function findSyntaxError(tree: Tree): { line: number; column: number } | null {
  if (!tree.rootNode.hasError) return null;
  const cursor = tree.walk();
  try {
    for (;;) {
      const node = cursor.currentNode;
      if (node.isError || node.isMissing) return { line: node.startPosition.row + 1, column: node.startPosition.column + 1 };
      if (node.hasError && cursor.gotoFirstChild()) continue;
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return { line: 1, column: 1 };
      }
    }
  } finally {
    cursor.delete();
  }
}

/** CPython's tokenizer keeps at most this many indentation levels (MAXINDENT). */
export const MAX_INDENT_LEVELS = 100;

/**
 * Where CPython refuses code that tree-sitter accepts: the first line indented
 * MAX_INDENT_LEVELS levels deep ("IndentationError: too many levels of indentation"). Each
 * block that starts on a line of its own is one level.
 */
export function findTooDeep(code: string, tree: Tree): { line: number; message: string } | null {
  // Every level takes at least one character of indentation: most files need no walk at all.
  if (!code.split('\n').some((l) => /^[ \t]*/.exec(l)![0].length >= MAX_INDENT_LEVELS)) return null;
  const cursor = tree.walk();
  const levels: number[] = [0];
  try {
    for (;;) {
      const node = cursor.currentNode;
      const parent = levels[levels.length - 1];
      const indents = node.type === 'block' && node.parent !== null && node.startPosition.row > node.parent.startPosition.row;
      const level = parent + (indents ? 1 : 0);
      if (level >= MAX_INDENT_LEVELS) return { line: node.startPosition.row + 1, message: 'IndentationError: too many levels of indentation (Python allows 99)' };
      if (cursor.gotoFirstChild()) {
        levels.push(level);
        continue;
      }
      while (!cursor.gotoNextSibling()) {
        if (!cursor.gotoParent()) return null;
        levels.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
