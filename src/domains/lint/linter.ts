import type { Tree } from 'web-tree-sitter';
import type { FlatTree } from '../../parse/flat-tree.js';
import { withTree } from '../../parse/python.js';
import { makeLintContext } from './lint-context.js';
import type { LintFinding, LintRule } from './rule.js';

function byPosition(a: LintFinding, b: LintFinding): number {
  return a.line - b.line || a.col - b.col || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Every rule over a parsed file, in the order `ruff check` prints: line, column, code. */
export function lintTree(code: string, tree: Tree, rules: readonly LintRule[], packageInit = false, flat?: FlatTree): LintFinding[] {
  const ctx = makeLintContext(code, tree, packageInit, flat, true);
  return rules.flatMap((r) => r.check(ctx)).sort(byPosition);
}

/** Every rule over the file, in the order `ruff check` prints: line, column, code. */
export function lintCode(code: string, rules: readonly LintRule[], packageInit = false): LintFinding[] {
  return withTree(code, (tree) => lintTree(code, tree, rules, packageInit));
}
