import type { Node } from 'web-tree-sitter';
import { projectPath } from '../paths.js';
import { loadQuery } from './load-query.js';
import { nodeId } from './node-id.js';
import type { PyNode } from './py-node.js';
import { withTree } from './python.js';

const CAPTURES = ['class', 'class.name', 'function', 'function.name'] as const;

/** The qualified name (Outer.method, outer.inner) keeps node_ids distinct within a file. */
export function qualifiedName(def: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = def; n; n = n.parent) {
    if (n.type === 'function_definition' || n.type === 'class_definition') {
      parts.unshift(n.childForFieldName('name')?.text ?? '?');
    }
  }
  return parts.join('.');
}

/** A decorated definition's node text starts at its first decorator, as the runner shows it. */
export function outerNode(def: Node): Node {
  return def.parent?.type === 'decorated_definition' ? def.parent : def;
}

export function fileNode(code: string, filePath: string): PyNode {
  const lines = code.split('\n');
  const endLine = code.endsWith('\n') ? lines.length - 1 : lines.length;
  return { node_type: 'file', name: filePath.split('/').pop() ?? filePath, text: code, file_path: filePath, start_line: 1, end_line: Math.max(1, endLine), node_id: nodeId(filePath, 'file', filePath.split('/').pop() ?? filePath) };
}

export function toPyNode(def: Node, filePath: string): PyNode {
  const outer = outerNode(def);
  const nodeType = def.type === 'class_definition' ? 'class_def' : 'function_def';
  const name = qualifiedName(def);
  return {
    node_type: nodeType,
    name,
    text: outer.text,
    file_path: filePath,
    start_line: outer.startPosition.row + 1,
    end_line: outer.endPosition.row + 1,
    node_id: nodeId(filePath, nodeType, name),
  };
}

/** The file node first, then every class and function (methods, nested, async) in source order. */
export function discoverNodes(code: string, filePath: string): PyNode[] {
  const query = loadQuery(projectPath('src/parse/queries/definitions.scm'), CAPTURES);
  return withTree(code, (tree) => {
    const defs = query
      .captures(tree.rootNode)
      .filter((c) => c.name === 'class' || c.name === 'function')
      .map((c) => c.node)
      .sort((a, b) => a.startIndex - b.startIndex);
    return [fileNode(code, filePath), ...defs.map((d) => toPyNode(d, filePath))];
  });
}
