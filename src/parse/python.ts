import { Language, Parser, type Edit, type Range, type Tree } from 'web-tree-sitter';
import { projectPath } from '../paths.js';
import { lineHunks } from './line-hunks.js';
import { bindCursorExports, treeSitterModule } from './wasm-cursor.js';

let language: Language | undefined;
let parser: Parser | undefined;

/** Loads the grammar from grammars/ (never the network). Call once before parsing. */
export async function initPython(): Promise<void> {
  if (parser) return;
  await Parser.init(treeSitterModule);
  bindCursorExports();
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

/** An incremental parse: the new tree, the edits it was parsed over, and what tree-sitter says changed. */
export interface Reparse {
  tree: Tree;
  /** The edits that turned the old text into the new (lineHunks: one per changed run of lines, last first). */
  edits: Edit[];
  /** Where the new tree's syntax differs from the old one's (tree.getChangedRanges). */
  changed: Range[];
}

/**
 * The parse of `code`, reusing the tree of an earlier text where the two agree (tree-sitter's
 * incremental parse: a fix or an injection changes a line or two, and a full parse of the
 * file costs five times as much). The earlier tree is left as it was; the caller owns both.
 */
export function reparsePython(code: string, before: { code: string; tree: Tree }): Tree {
  return reparseWithChanges(code, before).tree;
}

/** reparsePython, also telling where the syntax changed (FlatTree copies the rest). */
export function reparseWithChanges(code: string, before: { code: string; tree: Tree }): Reparse {
  if (!parser) throw new Error('initPython() has not run');
  const old = before.tree.copy();
  try {
    // Each changed run of lines apart: tree-sitter re-reads only those.
    const edits = lineHunks(before.code, code);
    for (const edit of edits) old.edit(edit);
    const tree = parser.parse(code, old);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return { tree, edits, changed: old.getChangedRanges(tree) };
  } finally {
    old.delete();
  }
}
