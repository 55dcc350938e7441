import { dirname } from 'node:path';
import type { Query, QueryCapture, Tree } from 'web-tree-sitter';
import { FlatQuery } from '../../parse/flat-query.js';
import { FlatTree } from '../../parse/flat-tree.js';
import { lineIndexAt, lineStartsOf } from '../../parse/line-starts.js';
import { scmPathOf } from '../../parse/load-query.js';
import { QueryBundle } from '../../parse/query-bundle.js';
import type { LintCapture, LintContext } from './rule.js';

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

/**
 * One file's LintContext. A class, so that `flat` is a getter on the prototype: an object
 * literal with a getter of its own gets a map of its own, and V8's maps (old space) kept each
 * file's closures and memos alive until a full collection; the collector was then a seventh
 * of a lint run.
 */
class FileLintContext implements LintContext {
  readonly lines: string[];
  readonly lineStarts: number[];
  private readonly memos = new Map<string, unknown>();
  private bundled: Map<string, QueryCapture[]> | null = null;

  constructor(
    readonly code: string,
    readonly tree: Tree,
    readonly packageInit: boolean,
    private flatTree: FlatTree | undefined,
    private readonly checksOnly: boolean,
  ) {
    this.lines = code.split('\n');
    this.lineStarts = lineStartsOf(code);
  }

  get flat(): FlatTree {
    return (this.flatTree ??= FlatTree.of(this.tree, this.code));
  }

  captures(query: Query): LintCapture[] {
    const path = scmPathOf(query);
    if (!path) return query.captures(this.tree.rootNode);
    // Over the flat arrays where FlatQuery reads the query: no wasm walk, and FlatNodes.
    const flatQuery = FlatQuery.forFile(path);
    if (flatQuery && !this.flat.hasError) return this.memo(`captures\0${path}`, () => flatQuery.captures(this.flat));
    // The rest run with the other such .scm files of the rule's folder, once per file (see
    // QueryBundle). A lint runs only those its checks have asked for: the others (where
    // patterns can be injected) would cost a lint most of the query's time.
    const folder = dirname(path);
    let only: Set<string> | undefined;
    if (this.checksOnly) {
      only = askedByChecks.get(folder);
      if (!only) askedByChecks.set(folder, (only = new Set()));
      only.add(path);
    } else only = leftToTreeSitter(folder, this.flat.hasError);
    this.bundled ??= QueryBundle.forFolder(folder, only).captures(this.tree.rootNode);
    // A query first asked after this file's bundle ran runs alone (its captures are the same).
    return this.bundled.get(path) ?? query.captures(this.tree.rootNode);
  }

  memo<T>(key: string, compute: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, compute());
    return this.memos.get(key) as T;
  }

  position(offset: number): { line: number; col: number } {
    const i = lineIndexAt(this.lineStarts, offset);
    return { line: i + 1, col: charColumn(this.lines[i], offset - this.lineStarts[i]) };
  }

  offset(line: number, col: number): number {
    const text = this.lines[line - 1];
    let units = 0;
    for (let c = 1; c < col; c++) {
      const unit = text.charCodeAt(units);
      units += unit >= 0xd800 && unit <= 0xdbff ? 2 : 1;
    }
    return this.lineStarts[line - 1] + units;
  }
}

/** The .scm files each folder's rule checks have asked a LintContext for, in this thread. */
const askedByChecks = new Map<string, Set<string>>();

const unreadable = new Map<string, Set<string>>();

/** The folder's .scm files FlatQuery cannot read (all of them in a tree with a parse error). */
function leftToTreeSitter(folder: string, broken: boolean): Set<string> | undefined {
  if (broken) return undefined;
  let files = unreadable.get(folder);
  if (!files) unreadable.set(folder, (files = new Set(QueryBundle.filesOf(folder).filter((f) => FlatQuery.forFile(f) === null))));
  return files;
}

/**
 * `flat`, when the caller has read the tree out already (the findings cache does);
 * `checksOnly`, when only the rules' checks will read it (a lint), not their injections.
 */
export function makeLintContext(code: string, tree: Tree, packageInit = false, flat?: FlatTree, checksOnly = false): LintContext {
  return new FileLintContext(code, tree, packageInit, flat, checksOnly);
}
