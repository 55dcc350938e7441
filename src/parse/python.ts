import { Language, Parser, type Edit, type Point, type Range, type Tree } from 'web-tree-sitter';
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

/** Where a text offset sits, as tree-sitter points count it (rows, UTF-16 units into the row). */
function pointAt(text: string, offset: number): Point {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let row = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) row++;
  return { row, column: offset - lineStart };
}

/** The one edit that turns `before` into `after`: everything between their common start and end. */
export function textDifference(before: string, after: string): Edit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  const oldEnd = before.length - tail;
  const newEnd = after.length - tail;
  return {
    startIndex: start,
    oldEndIndex: oldEnd,
    newEndIndex: newEnd,
    startPosition: pointAt(before, start),
    oldEndPosition: pointAt(before, oldEnd),
    newEndPosition: pointAt(after, newEnd),
  };
}

/** An incremental parse: the new tree, the edit it was parsed over, and what tree-sitter says changed. */
export interface Reparse {
  tree: Tree;
  /** The one text difference, in the new text's terms past its start (see textDifference). */
  edit: Edit;
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
    const edit = textDifference(before.code, code);
    // The tree is told each changed run of lines apart (it re-reads less); the span of them
    // all is what the caller gets, to copy the rest of a FlatTree by.
    for (const hunk of lineHunks(before.code, code)) old.edit(hunk);
    const tree = parser.parse(code, old);
    if (!tree) throw new Error('tree-sitter returned no tree');
    return { tree, edit, changed: old.getChangedRanges(tree) };
  } finally {
    old.delete();
  }
}
