import { Language, Parser, type Tree } from 'web-tree-sitter';
import { projectPath } from '../paths.js';

let language: Language | undefined;
let parser: Parser | undefined;

/** Loads the grammar from grammars/ (never the network). Call once before parsing. */
export async function initPython(): Promise<void> {
  if (parser) return;
  await Parser.init();
  language = await Language.load(projectPath('grammars', 'tree-sitter-python.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
}

export function pythonLanguage(): Language {
  if (!language) throw new Error('initPython() has not run');
  return language;
}

/** The caller owns the tree and must delete() it: wasm memory is not garbage collected. */
export function parsePython(code: string): Tree {
  if (!parser) throw new Error('initPython() has not run');
  const tree = parser.parse(code);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

export function withTree<T>(code: string, fn: (tree: Tree) => T): T {
  const tree = parsePython(code);
  try {
    return fn(tree);
  } finally {
    tree.delete();
  }
}
