import type { Tree, TreeCursor } from 'web-tree-sitter';

/**
 * What a walk calls of web-tree-sitter's emscripten module. `Parser.init(module)` builds the
 * module on the object it is given, so these are the very functions TreeCursor calls. Each
 * cursor export takes the tree's address; _ts_init takes nothing.
 */
const NEEDED = [
  '_ts_init',
  '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm',
  '_ts_tree_cursor_goto_parent_wasm',
  '_ts_tree_cursor_current_node_type_id_wasm',
  '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm',
  '_ts_tree_cursor_start_index_wasm',
  '_ts_tree_cursor_end_index_wasm',
] as const;

type CursorExports = { HEAP32: Int32Array; _ts_init(): number } & Record<Exclude<(typeof NEEDED)[number], '_ts_init'>, (tree: number) => number>;

/** The object python.ts hands to Parser.init: emscripten fills it with the module's exports. */
export const treeSitterModule: Record<string, unknown> = {};

let bound: { m: CursorExports; buffer: number } | null = null;

/**
 * Checks that Parser.init filled `treeSitterModule` with what a walk calls. A web-tree-sitter
 * other than the pinned one may name them otherwise: then this says so, rather than a walk
 * reading garbage.
 */
export function bindCursorExports(): void {
  const missing = NEEDED.filter((name) => typeof treeSitterModule[name] !== 'function');
  if (missing.length > 0 || !(treeSitterModule.HEAP32 instanceof Int32Array)) {
    throw new Error(`web-tree-sitter's module lacks ${missing.join(', ') || 'HEAP32'}: src/parse/wasm-cursor.ts is written for web-tree-sitter 0.25.8 (package.json pins it), and initPython() must be the first to call Parser.init()`);
  }
  const m = treeSitterModule as unknown as CursorExports;
  // The address of the module's transfer buffer (a static array; asking again moves nothing).
  bound = { m, buffer: m._ts_init() >> 2 };
}

/** A TreeCursor's state, kept by web-tree-sitter in the cursor's numbered slots. */
type CursorSlots = TreeCursor & Record<0 | 1 | 2 | 3, number>;

/**
 * A cursor over a tree that calls the wasm exports directly. Every TreeCursor call copies the
 * cursor's four words into the module's transfer buffer and, after a move, back out: eight
 * typed-array calls around each step, three quarters of a walk's time. Each export leaves the
 * moved cursor in the buffer, so a walk that makes no other tree-sitter call in between can
 * leave it there: it is copied in once at the start and out once at `delete()`.
 *
 * Nothing else may call into tree-sitter while a WasmCursor is open (a query, a Node's
 * getter, a parse would overwrite the buffer).
 */
export class WasmCursor {
  private constructor(
    private readonly m: CursorExports,
    private readonly buffer: number,
    private readonly cursor: CursorSlots,
    private readonly tree: number,
  ) {}

  /** A cursor at the tree's root. */
  static walk(tree: Tree): WasmCursor {
    if (!bound) throw new Error('initPython() has not run');
    const cursor = tree.walk() as CursorSlots;
    const { m, buffer } = bound;
    const heap = m.HEAP32;
    for (let k = 0; k < 4; k++) heap[buffer + k] = cursor[k as 0];
    return new WasmCursor(m, buffer, cursor, (tree as unknown as Record<0, number>)[0]);
  }

  get typeId(): number {
    return this.m._ts_tree_cursor_current_node_type_id_wasm(this.tree);
  }

  get fieldId(): number {
    return this.m._ts_tree_cursor_current_field_id_wasm(this.tree);
  }

  get isMissing(): boolean {
    return this.m._ts_tree_cursor_current_node_is_missing_wasm(this.tree) === 1;
  }

  get startIndex(): number {
    return this.m._ts_tree_cursor_start_index_wasm(this.tree);
  }

  get endIndex(): number {
    return this.m._ts_tree_cursor_end_index_wasm(this.tree);
  }

  gotoFirstChild(): boolean {
    return this.m._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1;
  }

  gotoNextSibling(): boolean {
    return this.m._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1;
  }

  gotoParent(): boolean {
    return this.m._ts_tree_cursor_goto_parent_wasm(this.tree) === 1;
  }

  /**
   * The TreeCursor, on the node this cursor is on, for the caller to go on with (this cursor is
   * done then). Its state is copied back first: a deep walk may have moved the cursor's stack
   * (the first word), and the TreeCursor must name where it went.
   */
  toTreeCursor(): TreeCursor {
    // Read afresh: the module replaces HEAP32 when wasm memory grows.
    const heap = this.m.HEAP32;
    for (let k = 0; k < 4; k++) this.cursor[k as 0] = heap[this.buffer + k];
    return this.cursor;
  }

  /** Frees the cursor (what toTreeCursor() names: freeing the first stack would free it twice). */
  delete(): void {
    this.toTreeCursor().delete();
  }
}
