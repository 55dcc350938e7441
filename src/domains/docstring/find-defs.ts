import type { Node, Tree } from 'web-tree-sitter';
import { qualifiedName } from '../../parse/discover-nodes.js';
import { loadQuery } from '../../parse/load-query.js';
import { projectPath } from '../../paths.js';

const CAPTURES = ['class', 'class.name', 'function', 'function.name'] as const;

/** Every class and function definition of the file, in source order. */
export function findDefs(tree: Tree): Node[] {
  const query = loadQuery(projectPath('src/parse/queries/definitions.scm'), CAPTURES);
  return query
    .captures(tree.rootNode)
    .filter((c) => c.name === 'class' || c.name === 'function')
    .map((c) => c.node)
    .sort((a, b) => a.startIndex - b.startIndex);
}

/** The definition with this qualified name (Outer.method); the first one when redefined. */
export function findDef(tree: Tree, qualname: string): Node {
  const def = findDefs(tree).find((d) => qualifiedName(d) === qualname);
  if (!def) throw new Error(`no definition ${qualname} in the file`);
  return def;
}
