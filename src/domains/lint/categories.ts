import { functionCategories } from '../../parse/edge-categories.js';
import { FlatTree } from '../../parse/flat-tree.js';
import { withTree } from '../../parse/python.js';
import type { LintReport } from './tools.js';

/** Edge categories of a parsed file: the syntax it contains, as the function domains mine it. */
export function codeCategoriesOf(code: string, flat: FlatTree): string[] {
  const cats = new Set<string>();
  for (const d of flat.root.descendantsOfType(['function_definition', 'class_definition'])) {
    if (d.type === 'class_definition') cats.add('class');
    else for (const c of functionCategories(d)) if (c !== 'no_annotations' && c !== 'empty_body') cats.add(c);
  }
  if (/[^\x00-\x7f]/.test(code)) cats.add('non_ascii');
  return [...cats].sort();
}

/** Edge categories of a file's code. */
export function codeCategories(code: string): string[] {
  return withTree(code, (tree) => codeCategoriesOf(code, FlatTree.of(tree, code)));
}

/** The lint situation the first report shows, as a category. */
export function reportCategories(first: LintReport): string[] {
  if (first.total === 0) return ['already_clean'];
  if (first.fixable_count === 0) return ['unfixable_only'];
  return first.total === 1 ? ['single_issue'] : [];
}
