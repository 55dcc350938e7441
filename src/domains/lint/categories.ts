import type { Node } from 'web-tree-sitter';
import { functionCategories } from '../../parse/edge-categories.js';
import { withTree } from '../../parse/python.js';
import type { LintFinding } from './rule.js';

/**
 * Edge categories of a whole file, for the eval hold-out: the syntax it contains (as the
 * function domains mine it) and the lint situations it starts in.
 */
export function lintCategories(code: string, findings: readonly LintFinding[]): string[] {
  const cats = new Set<string>();
  withTree(code, (tree) => {
    const defs: Node[] = tree.rootNode.descendantsOfType(['function_definition', 'class_definition']).filter((n): n is Node => n !== null);
    for (const d of defs) {
      if (d.type === 'class_definition') cats.add('class');
      else for (const c of functionCategories(d)) if (c !== 'no_annotations' && c !== 'empty_body') cats.add(c);
    }
  });
  if (findings.length === 0) cats.add('already_clean');
  else if (findings.every((f) => !f.fixable)) cats.add('unfixable_only');
  else if (findings.length === 1) cats.add('single_issue');
  if (/[^\x00-\x7f]/.test(code)) cats.add('non_ascii');
  return [...cats].sort();
}
