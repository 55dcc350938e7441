import { dirname } from 'node:path';
import type { Query, QueryCapture, Tree } from 'web-tree-sitter';
import { scmPathOf } from '../../parse/load-query.js';
import { QueryBundle } from '../../parse/query-bundle.js';
import type { LintContext } from './rule.js';

/** Characters (code points) before a UTF-16 offset within a line: ruff counts characters. */
function charColumn(line: string, unitsIntoLine: number): number {
  let chars = 0;
  for (let i = 0; i < unitsIntoLine; i++) {
    const unit = line.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) i++;
    chars++;
  }
  return chars + 1;
}

export function makeLintContext(code: string, tree: Tree, packageInit = false): LintContext {
  const lines = code.split('\n');
  const lineStarts: number[] = [];
  let at = 0;
  for (const l of lines) {
    lineStarts.push(at);
    at += l.length + 1;
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const memos = new Map<string, unknown>();
  let bundled: Map<string, QueryCapture[]> | null = null;
  return {
    code,
    tree,
    captures(query: Query): QueryCapture[] {
      // A rule's query runs with every other .scm of its folder, once per file (see QueryBundle).
      const path = scmPathOf(query);
      if (!path) return query.captures(tree.rootNode);
      bundled ??= QueryBundle.forFolder(dirname(path)).captures(tree.rootNode);
      return bundled.get(path) ?? query.captures(tree.rootNode);
    },
    packageInit,
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    lines,
    lineStarts,
    position(offset) {
      const i = lineOf(offset);
      return { line: i + 1, col: charColumn(lines[i], offset - lineStarts[i]) };
    },
    offset(line, col) {
      const text = lines[line - 1];
      let units = 0;
      for (let c = 1; c < col; c++) {
        const unit = text.charCodeAt(units);
        units += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
      }
      return lineStarts[line - 1] + units;
    },
  };
}
