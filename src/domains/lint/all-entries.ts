import type { Node } from 'web-tree-sitter';
import { withTree } from '../../parse/python.js';

/**
 * The plain string entries of the module's `__all__` lists and tuples, as written
 * (`__all__ = ["a", "b"]`, `__all__ += ("c",)`), each with the name it exports. A list built
 * any other way is not read: its strings keep their names.
 */
export function allEntries(root: Node): { node: Node; name: string }[] {
  const out: { node: Node; name: string }[] = [];
  for (const stmt of root.namedChildren) {
    const assign = stmt?.type === 'expression_statement' ? stmt.namedChild(0) : null;
    if (!assign || (assign.type !== 'assignment' && assign.type !== 'augmented_assignment')) continue;
    if (assign.childForFieldName('left')?.text !== '__all__') continue;
    const right = assign.childForFieldName('right');
    if (!right || (right.type !== 'list' && right.type !== 'tuple')) continue;
    for (const item of right.namedChildren) {
      if (item?.type !== 'string') continue;
      const parts = item.namedChildren.filter((n) => n?.type !== 'string_start' && n?.type !== 'string_end');
      if (parts.length === 1 && parts[0]?.type === 'string_content') out.push({ node: item, name: parts[0].text });
    }
  }
  return out;
}

/**
 * The code with the `__all__` entries of `names` taken out, each with its comma, so what stays
 * is written as before: no space left before a bracket or at a line's end, and a line that only
 * held removed entries gone.
 */
export function withoutAllEntries(code: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return code;
  const ranges = withTree(code, (tree) =>
    allEntries(tree.rootNode)
      .filter((e) => names.has(e.name))
      .map(({ node }) => {
        const after = node.nextSibling;
        // An entry with a comma after it goes with the comma and the spaces up to the next entry
        // on its line; the last one goes with the comma and spaces before it.
        if (after?.type === ',') {
          let end = after.endIndex;
          while (code[end] === ' ') end++;
          return [node.startIndex, end];
        }
        const before = node.previousSibling;
        return [before?.type === ',' ? before.startIndex : node.startIndex, node.endIndex];
      }),
  );
  if (ranges.length === 0) return code;
  ranges.sort((a, b) => a[0] - b[0]);
  const touched = new Set<number>();
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(start, at);
    out += code.slice(at, from);
    touched.add(out.split('\n').length - 1);
    at = Math.max(at, end);
  }
  out += code.slice(at);
  return out
    .split('\n')
    .flatMap((line, i) => {
      if (!touched.has(i)) return [line];
      const trimmed = line.trimEnd();
      return trimmed === '' ? [] : [trimmed];
    })
    .join('\n');
}
