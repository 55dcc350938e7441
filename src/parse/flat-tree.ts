import type { Edit, Language, Point, Range, Tree } from 'web-tree-sitter';
import { lineIndexAt, lineStartsOf } from './line-starts.js';
import type { SyntaxNode } from './syntax-node.js';
import { WasmCursor } from './wasm-cursor.js';

// tree-sitter's id for an ERROR node (ts_builtin_sym_error), named, with no entry in `types`.
const ERROR_TYPE_ID = 0xffff;
const NAMED = 1;
const MISSING = 2;

/** What a language says of its type and field ids, read once per Language. */
class Vocabulary {
  // Read whole up front: a walk (WasmCursor) must make no other tree-sitter call while it runs.
  private readonly named: Uint8Array;
  private readonly fieldIds = new Map<string, number>();
  private readonly tables = new Map<string, Uint8Array>();
  private readonly idTables = new Map<string, Uint8Array>();

  constructor(private readonly language: Language) {
    this.named = new Uint8Array(language.types.length);
    for (let id = 0; id < language.types.length; id++) this.named[id] = language.nodeTypeIsNamed(id) ? 1 : 0;
  }

  typeName(id: number): string {
    return this.language.types[id] || 'ERROR';
  }

  isNamed(id: number): boolean {
    return id === ERROR_TYPE_ID || this.named[id] === 1;
  }

  /**
   * A table by type id: 1 where a node of that id has one of these type names, named or not
   * (`ERROR` included), for scans over every node. Sized for every id a node can carry.
   */
  typeIdTable(types: string | string[]): Uint8Array {
    const names = typeof types === 'string' ? [types] : types;
    const key = names.join('\0');
    let table = this.idTables.get(key);
    if (!table) {
      table = new Uint8Array(0x10000);
      for (const name of names) {
        if (name === 'ERROR') table[ERROR_TYPE_ID] = 1;
        for (const named of [true, false]) this.typeTable(name, named).forEach((v, id) => (table![id] |= v));
      }
      this.idTables.set(key, table);
    }
    return table;
  }

  /**
   * A table by type id: 1 where a node of that id has this type name (null: any) and this
   * namedness (the same name can be a named node and an anonymous token: `type`, `"type"`).
   */
  typeTable(name: string | null, named: boolean): Uint8Array {
    const key = `${named ? 'n' : 'a'}\0${name ?? ''}`;
    let table = this.tables.get(key);
    if (!table) {
      table = new Uint8Array(this.named.length);
      const types = this.language.types;
      for (let id = 0; id < table.length; id++) if (this.named[id] === (named ? 1 : 0) && (name === null || types[id] === name)) table[id] = 1;
      this.tables.set(key, table);
    }
    return table;
  }

  /** 0 (no field has that id) for a name the language does not know. */
  fieldId(name: string): number {
    let id = this.fieldIds.get(name);
    if (id === undefined) {
      id = this.language.fieldIdForName(name) ?? 0;
      this.fieldIds.set(name, id);
    }
    return id;
  }
}

const vocabularies = new WeakMap<Language, Vocabulary>();

function vocabularyOf(language: Language): Vocabulary {
  let v = vocabularies.get(language);
  if (!v) vocabularies.set(language, (v = new Vocabulary(language)));
  return v;
}

/**
 * A parsed tree read out once into arrays, nodes numbered in document (pre-)order. Every step
 * through a web-tree-sitter Node is a round trip into wasm, marshalling included; a file's lint
 * walks the tree several times over (tokens, scopes, noqa comments, syntax categories), so one
 * cursor walk that copies what they read, and plain array reads after it, cost less than any
 * one of those walks did. The copy does not hold the wasm tree: it stays valid after `delete()`.
 */
export class FlatTree {
  readonly size: number;
  readonly typeId: Uint16Array;
  readonly fieldId: Uint16Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly parent: Int32Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  /** One past the last node of each node's subtree: its descendants are (i, after[i]). */
  readonly after: Int32Array;
  private readonly flags: Uint8Array;
  private nodes: (FlatNode | undefined)[] | null = null;
  private lineStarts: number[] | null = null;
  private readonly vocabulary: Vocabulary;

  private constructor(
    readonly code: string,
    vocabulary: Vocabulary,
    arrays: FlatArrays,
    /** The tree had a parse error (ERROR or MISSING nodes). */
    readonly hasError: boolean,
    /** Nodes copied from the earlier text's flat tree rather than walked. */
    readonly copied: number,
  ) {
    this.vocabulary = vocabulary;
    this.size = arrays.size;
    this.typeId = arrays.typeId;
    this.fieldId = arrays.fieldId;
    this.start = arrays.start;
    this.end = arrays.end;
    this.parent = arrays.parent;
    this.firstChild = arrays.firstChild;
    this.nextSibling = arrays.nextSibling;
    this.after = arrays.after;
    this.flags = arrays.flags;
  }

  /**
   * One cursor walk over `tree`, which was parsed from `code`. With `previous` (the flat tree of
   * the text `tree` was reparsed from, the edits and tree-sitter's changed ranges), a subtree
   * the edits left alone is copied from it instead of walked: after a fix or an injection that
   * is most of the file.
   */
  static of(tree: Tree, code: string, previous?: FlatPrevious): FlatTree {
    const vocabulary = vocabularyOf(tree.language);
    // A MISSING node only comes with a parse error; asking every node costs a wasm call each.
    const hasError = tree.rootNode.hasError;
    // Both trees free of errors, so that a range and a type name one node.
    const from = previous && !hasError && !previous.flat.hasError ? new Correspondence(previous) : null;
    const s = scratch;
    const cursor = WasmCursor.walk(tree);
    let size = 0;
    let copied = 0;
    let up = -1; // the parent of the node the cursor is on
    try {
      for (;;) {
        if (size === s.capacity) s.grow(size + 1);
        const i = size++;
        const type = cursor.typeId;
        const start = cursor.startIndex;
        const end = cursor.endIndex;
        s.typeId[i] = type;
        s.fieldId[i] = cursor.fieldId;
        s.start[i] = start;
        s.end[i] = end;
        s.flags[i] = (vocabulary.isNamed(type) ? NAMED : 0) | (hasError && cursor.isMissing ? MISSING : 0);
        s.parent[i] = up;
        s.firstChild[i] = s.lastChild[i] = s.nextSibling[i] = -1;
        if (up >= 0) {
          if (s.lastChild[up] >= 0) s.nextSibling[s.lastChild[up]] = i;
          else s.firstChild[up] = i;
          s.lastChild[up] = i;
        }
        const old = from ? from.match(up, type, start, end) : -1;
        if (old >= 0 && from!.untouched(start, end)) {
          size = from!.copySubtree(old, i, s);
          copied += size - i - 1;
        } else {
          if (from) from.enter(i, old);
          if (cursor.gotoFirstChild()) {
            up = i;
            continue;
          }
        }
        s.after[i] = size;
        while (!cursor.gotoNextSibling()) {
          if (!cursor.gotoParent()) return new FlatTree(code, vocabulary, s.copy(size), hasError, copied);
          s.after[up] = size;
          up = s.parent[up];
        }
      }
    } finally {
      cursor.delete();
    }
  }

  private arrays(): Omit<FlatArrays, 'flags'> {
    const { size, typeId, fieldId, start, end, parent, firstChild, nextSibling, after } = this;
    return { size, typeId, fieldId, start, end, parent, firstChild, nextSibling, after };
  }

  get root(): FlatNode {
    return this.node(0);
  }

  /** The node numbered `i`; the same object every time it is asked for. */
  node(i: number): FlatNode {
    this.nodes ??= new Array<FlatNode | undefined>(this.size);
    return (this.nodes[i] ??= new FlatNode(this, i));
  }

  /**
   * The same tree without the node objects made so far (nodes asked of it are new ones): what
   * a cache keeps for the next edit to copy from, at the arrays' size alone.
   */
  bare(): FlatTree {
    return this.nodes === null ? this : new FlatTree(this.code, this.vocabulary, { ...this.arrays(), flags: this.flags }, this.hasError, this.copied);
  }

  nodeOrNull(i: number): FlatNode | null {
    return i < 0 ? null : this.node(i);
  }

  typeName(i: number): string {
    return this.vocabulary.typeName(this.typeId[i]);
  }

  isNamed(i: number): boolean {
    return (this.flags[i] & NAMED) !== 0;
  }

  /** The named and missing bits of node `i`, as stored. */
  flagsOf(i: number): number {
    return this.flags[i];
  }

  isMissing(i: number): boolean {
    return (this.flags[i] & MISSING) !== 0;
  }

  typeIdTable(types: string | string[]): Uint8Array {
    return this.vocabulary.typeIdTable(types);
  }

  /** Vocabulary.typeTable: which type ids have this name and namedness. */
  typeTable(name: string | null, named: boolean): Uint8Array {
    return this.vocabulary.typeTable(name, named);
  }

  fieldIdOf(name: string): number {
    return this.vocabulary.fieldId(name);
  }

  /** tree-sitter's point of a UTF-16 offset: rows split at `\n`, columns in UTF-16 units. */
  point(offset: number): Point {
    this.lineStarts ??= lineStartsOf(this.code);
    const row = lineIndexAt(this.lineStarts, offset);
    return { row, column: offset - this.lineStarts[row] };
  }
}

type FlatArrays = Pick<FlatTree, 'size' | 'typeId' | 'fieldId' | 'start' | 'end' | 'parent' | 'firstChild' | 'nextSibling' | 'after'> & { flags: Uint8Array };

const INT32_FIELDS = ['start', 'end', 'parent', 'firstChild', 'nextSibling', 'after'] as const;

/**
 * The arrays a walk writes into, kept between walks and grown as needed (a walk cannot know
 * the node count before it ends): a tree's own arrays are then allocated once, at their final
 * size, as views of one buffer.
 */
class Scratch {
  capacity = 1024;
  typeId = new Uint16Array(this.capacity);
  fieldId = new Uint16Array(this.capacity);
  flags = new Uint8Array(this.capacity);
  start = new Int32Array(this.capacity);
  end = new Int32Array(this.capacity);
  parent = new Int32Array(this.capacity);
  firstChild = new Int32Array(this.capacity);
  lastChild = new Int32Array(this.capacity);
  /** For a node being walked: the next child of its earlier counterpart to compare with. */
  oldPointer = new Int32Array(this.capacity);
  nextSibling = new Int32Array(this.capacity);
  after = new Int32Array(this.capacity);

  /** Room for at least `needed` nodes. */
  grow(needed: number): void {
    while (this.capacity < needed) this.capacity *= 2;
    const wider = <T extends Uint16Array | Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.capacity);
      b.set(a);
      return b;
    };
    this.typeId = wider(this.typeId);
    this.fieldId = wider(this.fieldId);
    this.flags = wider(this.flags);
    for (const k of [...INT32_FIELDS, 'lastChild', 'oldPointer'] as const) this[k] = wider(this[k]);
  }

  /** The first `size` entries, copied into one new buffer. */
  copy(size: number): FlatArrays {
    const buffer = new ArrayBuffer(size * (4 * INT32_FIELDS.length + 2 + 2 + 1));
    let at = 0;
    const take = <T extends Uint16Array | Int32Array | Uint8Array>(from: T, View: new (b: ArrayBuffer, offset: number, length: number) => T): T => {
      const view = new View(buffer, at, size);
      view.set(from.subarray(0, size));
      at += size * view.BYTES_PER_ELEMENT;
      return view;
    };
    const ints = Object.fromEntries(INT32_FIELDS.map((k) => [k, take(this[k], Int32Array)])) as Record<(typeof INT32_FIELDS)[number], Int32Array>;
    return { size, ...ints, typeId: take(this.typeId, Uint16Array), fieldId: take(this.fieldId, Uint16Array), flags: take(this.flags, Uint8Array) };
  }
}

const scratch = new Scratch();

/** What an incremental parse leaves to copy from: the earlier text's flat tree and what changed. */
export interface FlatPrevious {
  flat: FlatTree;
  /** The edits from the earlier text to this one, each in the terms tree.edit took it in (Reparse.edits). */
  edits: readonly Edit[];
  changed: readonly Range[];
}

/**
 * Which node of the earlier tree a node of the new one is. Children are matched in order under
 * matched parents, by type and by where they start once the edits' shifts are undone. A node
 * clear of every edit and every changed range (with a character's margin) is the same
 * subtree in both trees, so its whole subtree is copied, offsets shifted.
 */
class Correspondence {
  private readonly old: FlatTree;
  /** The edits in text order, in the old text's terms: where each starts and ends. */
  private readonly editStarts: number[];
  private readonly oldEditEnds: number[];
  /** What the edits up to and including each one add to the text's length. */
  private readonly shiftsAfter: number[];
  private readonly dirty: [number, number][];

  constructor({ flat, edits, changed }: FlatPrevious) {
    this.old = flat;
    const inOrder = [...edits].sort((a, b) => a.startIndex - b.startIndex);
    this.editStarts = inOrder.map((e) => e.startIndex);
    this.oldEditEnds = inOrder.map((e) => e.oldEndIndex);
    this.shiftsAfter = [];
    this.dirty = [];
    let shift = 0;
    for (const e of inOrder) {
      // Where the edit's new text sits in the new text: moved by the edits before it.
      this.dirty.push([e.startIndex + shift, e.newEndIndex + shift]);
      shift += e.newEndIndex - e.oldEndIndex;
      this.shiftsAfter.push(shift);
    }
    for (const r of changed) this.dirty.push([r.startIndex, r.endIndex]);
  }

  /** An earlier offset in the new text's terms; NaN inside text an edit replaced. */
  private moved(offset: number): number {
    let shift = 0;
    for (let k = 0; k < this.editStarts.length; k++) {
      if (offset < this.editStarts[k]) return offset + shift;
      if (offset < this.oldEditEnds[k]) return NaN;
      shift = this.shiftsAfter[k];
    }
    return offset + shift;
  }

  /** Nothing of the new text in [start, end] was edited or changed its syntax. */
  untouched(start: number, end: number): boolean {
    for (const [a, b] of this.dirty) if (!(end < a || start > b)) return false;
    return true;
  }

  /** The earlier node that the new node (child of `up`, walked or not) corresponds to, or -1. */
  match(up: number, type: number, start: number, end: number): number {
    const old = this.old;
    if (up < 0) return old.typeId[0] === type ? 0 : -1;
    let c = scratch.oldPointer[up];
    // Pass over earlier children that start before this one, or inside the replaced text.
    for (; c >= 0; c = old.nextSibling[c]) {
      const at = this.moved(old.start[c]);
      if (at >= start) break;
    }
    scratch.oldPointer[up] = c;
    if (c < 0 || old.typeId[c] !== type || this.moved(old.start[c]) !== start) return -1;
    // A node the edit touched may have grown or shrunk; one it did not must end where it did.
    if (this.untouched(start, end) && this.moved(old.end[c]) !== end) return -1;
    scratch.oldPointer[up] = old.nextSibling[c];
    return c;
  }

  /** The new node `i` is walked into: its children are compared with the earlier `old`'s. */
  enter(i: number, old: number): void {
    scratch.oldPointer[i] = old >= 0 ? this.old.firstChild[old] : -1;
  }

  /**
   * Copies the descendants of earlier node `old` under new node `i` (whose own entries are
   * written); returns the new size.
   */
  copySubtree(old: number, i: number, s: Scratch): number {
    const o = this.old;
    const count = o.after[old] - old;
    if (i + count > s.capacity) s.grow(i + count);
    // A copied subtree lies between two edits (it overlaps none): one shift moves all of it.
    const shift = this.moved(o.start[old]) - o.start[old];
    const index = (k: number) => (k < 0 ? -1 : k - old + i);
    s.firstChild[i] = index(o.firstChild[old]);
    for (let k = old + 1; k < old + count; k++) {
      const n = k - old + i;
      s.typeId[n] = o.typeId[k];
      s.fieldId[n] = o.fieldId[k];
      s.flags[n] = o.flagsOf(k);
      s.start[n] = o.start[k] + shift;
      s.end[n] = o.end[k] + shift;
      s.parent[n] = index(o.parent[k]);
      s.firstChild[n] = index(o.firstChild[k]);
      s.nextSibling[n] = index(o.nextSibling[k]);
      s.after[n] = index(o.after[k]);
    }
    return i + count;
  }
}

/** One node of a FlatTree, answering the SyntaxNode questions from its arrays. */
export class FlatNode implements SyntaxNode {
  constructor(
    readonly tree: FlatTree,
    readonly id: number,
  ) {}

  get type(): string {
    return this.tree.typeName(this.id);
  }
  get isNamed(): boolean {
    return this.tree.isNamed(this.id);
  }
  get isMissing(): boolean {
    return this.tree.isMissing(this.id);
  }
  get startIndex(): number {
    return this.tree.start[this.id];
  }
  get endIndex(): number {
    return this.tree.end[this.id];
  }
  get startPosition(): Point {
    return this.tree.point(this.startIndex);
  }
  get endPosition(): Point {
    return this.tree.point(this.endIndex);
  }
  get text(): string {
    return this.tree.code.slice(this.startIndex, this.endIndex);
  }
  get parent(): FlatNode | null {
    return this.tree.nodeOrNull(this.tree.parent[this.id]);
  }
  get firstChild(): FlatNode | null {
    return this.tree.nodeOrNull(this.tree.firstChild[this.id]);
  }
  get lastChild(): FlatNode | null {
    let last = -1;
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) last = i;
    return this.tree.nodeOrNull(last);
  }
  get nextSibling(): FlatNode | null {
    return this.tree.nodeOrNull(this.tree.nextSibling[this.id]);
  }
  get previousSibling(): FlatNode | null {
    const up = this.tree.parent[this.id];
    let before = -1;
    for (let i = up < 0 ? -1 : this.tree.firstChild[up]; i >= 0 && i !== this.id; i = this.tree.nextSibling[i]) before = i;
    return this.tree.nodeOrNull(before);
  }
  get nextNamedSibling(): FlatNode | null {
    let i = this.tree.nextSibling[this.id];
    while (i >= 0 && !this.tree.isNamed(i)) i = this.tree.nextSibling[i];
    return this.tree.nodeOrNull(i);
  }
  get children(): FlatNode[] {
    const out: FlatNode[] = [];
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) out.push(this.tree.node(i));
    return out;
  }
  get namedChildren(): FlatNode[] {
    const out: FlatNode[] = [];
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) if (this.tree.isNamed(i)) out.push(this.tree.node(i));
    return out;
  }
  get childCount(): number {
    let n = 0;
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) n++;
    return n;
  }
  get namedChildCount(): number {
    let n = 0;
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) if (this.tree.isNamed(i)) n++;
    return n;
  }
  child(index: number): FlatNode | null {
    let i = this.tree.firstChild[this.id];
    for (let k = 0; i >= 0 && k < index; k++) i = this.tree.nextSibling[i];
    return index < 0 ? null : this.tree.nodeOrNull(i);
  }
  namedChild(index: number): FlatNode | null {
    if (index < 0) return null;
    let k = 0;
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) {
      if (!this.tree.isNamed(i)) continue;
      if (k++ === index) return this.tree.node(i);
    }
    return null;
  }
  childForFieldName(fieldName: string): FlatNode | null {
    const field = this.tree.fieldIdOf(fieldName);
    if (field === 0) return null;
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) if (this.tree.fieldId[i] === field) return this.tree.node(i);
    return null;
  }
  childrenForFieldName(fieldName: string): FlatNode[] {
    const field = this.tree.fieldIdOf(fieldName);
    const out: FlatNode[] = [];
    if (field === 0) return out;
    for (let i = this.tree.firstChild[this.id]; i >= 0; i = this.tree.nextSibling[i]) if (this.tree.fieldId[i] === field) out.push(this.tree.node(i));
    return out;
  }
  descendantsOfType(types: string | string[]): FlatNode[] {
    const wanted = this.tree.typeIdTable(types);
    const { typeId, end, after } = this.tree;
    const out: FlatNode[] = [];
    // As web-tree-sitter's walk, which passes over a node ending at the file's first point.
    for (let i = this.id, stop = after[this.id]; i < stop; i++) if (wanted[typeId[i]] === 1 && end[i] > 0) out.push(this.tree.node(i));
    return out;
  }
}
