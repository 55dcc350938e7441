import type { Point } from 'web-tree-sitter';

/**
 * The part of web-tree-sitter's Node that our analyses read. A real Node has all of it, and so
 * does a FlatNode (src/parse/flat-tree.ts), which answers from arrays read out of the tree once
 * instead of asking wasm for every step; code typed on this runs on either.
 */
export interface SyntaxNode {
  /** Unique within one tree (a real Node and a FlatNode of the same tree differ). */
  readonly id: number;
  readonly type: string;
  readonly isNamed: boolean;
  readonly isMissing: boolean;
  /** UTF-16 offsets into the file text. */
  readonly startIndex: number;
  readonly endIndex: number;
  readonly startPosition: Point;
  readonly endPosition: Point;
  readonly text: string;
  readonly parent: SyntaxNode | null;
  readonly children: (SyntaxNode | null)[];
  readonly namedChildren: (SyntaxNode | null)[];
  readonly childCount: number;
  readonly namedChildCount: number;
  readonly firstChild: SyntaxNode | null;
  readonly lastChild: SyntaxNode | null;
  readonly nextSibling: SyntaxNode | null;
  readonly previousSibling: SyntaxNode | null;
  readonly nextNamedSibling: SyntaxNode | null;
  child(index: number): SyntaxNode | null;
  namedChild(index: number): SyntaxNode | null;
  childForFieldName(fieldName: string): SyntaxNode | null;
  childrenForFieldName(fieldName: string): (SyntaxNode | null)[];
  /** The node itself and its descendants, in document order, whose type is one of `types`. */
  descendantsOfType(types: string | string[]): (SyntaxNode | null)[];
}
