import type { Tree } from 'web-tree-sitter';
import { FlatTree, type FlatPrevious } from '../../parse/flat-tree.js';
import { parsePython, reparseWithChanges, type Reparse } from '../../parse/python.js';
import { codeCategoriesOf } from './categories.js';
import { lintTree } from './linter.js';
import type { LintFinding, LintRule } from './rule.js';

/** What one parse of a file state tells: does it parse, what ruff reports, what syntax it holds. */
export interface LintState {
  parses: boolean;
  /** Empty when the code does not parse (no tool ever shows such a state). */
  findings: readonly LintFinding[];
  /** Edge categories of the code, read only when asked for (the first report's state). */
  categories: readonly string[] | null;
}

// Sized in characters rather than entries: states of a real-size file are 100 times those of a
// shipped fixture. About 4 MB of text (JavaScript strings are UTF-16), findings beside it. States
// come back soon after they are made (the first report, then the tools), so a bigger budget buys
// almost nothing and costs memory in every worker thread.
const DEFAULT_BUDGET_CHARS = 2_000_000;

// Trees live in wasm memory, which never shrinks, at some 25 bytes per character of code: a
// few recent states' worth, enough for the next edit of the file a unit is working on. Bases
// (the texts mutations start from) come back all run long, a few per file: they get a budget
// of their own, so a run's stream of new states does not push them out.
const TREE_BUDGET_CHARS = 200_000;
const BASE_TREE_BUDGET_CHARS = 1_000_000;

/** A kept parse: the wasm tree, and its flat copy when one was made (an edit's copy reads it). */
interface Kept {
  tree: Tree;
  flat: FlatTree | null;
}

/** Recent trees by text, within a budget of characters; a tree pushed out is deleted. */
class TreeShelf {
  private readonly trees = new Map<string, Kept>();
  private chars = 0;

  constructor(private readonly budgetChars: number) {}

  /** The tree, taken off this shelf (the caller owns it now). */
  take(code: string): Kept | undefined {
    const tree = this.trees.get(code);
    if (tree) {
      this.trees.delete(code);
      this.chars -= code.length;
    }
    return tree;
  }

  has(code: string): boolean {
    return this.trees.has(code);
  }

  get(code: string): Kept | undefined {
    const tree = this.trees.get(code);
    if (tree) {
      this.trees.delete(code);
      this.trees.set(code, tree);
    }
    return tree;
  }

  put(code: string, kept: Kept): void {
    const old = this.trees.get(code);
    if (old?.tree === kept.tree) return;
    if (old) {
      old.tree.delete();
      this.trees.delete(code);
      this.chars -= code.length;
    }
    this.trees.set(code, kept);
    this.chars += code.length;
    for (const [k, t] of this.trees) {
      if (this.chars <= this.budgetChars || this.trees.size === 1) break;
      t.tree.delete();
      this.trees.delete(k);
      this.chars -= k.length;
    }
  }
}

export interface StateOptions {
  /** The file is a package's __init__.py, where the same text gets other findings. */
  packageInit?: boolean;
  /** Also read the code's edge categories (the first report's state). */
  withCategories?: boolean;
  /**
   * A text this one was made from by an edit (a fix, an injection); when its tree is still
   * kept, tree-sitter reparses only what the edit touched.
   */
  parent?: string;
  /** A text mutations will start from again and again: its tree is kept on the bases' shelf. */
  base?: boolean;
}

/**
 * The lint state of every file text a run meets, computed from one parse and kept while it fits
 * the budget (least recently used out first). Every path that lints asks here: the versions a
 * unit tries, the mutation check, the tools. Keyed by the text itself (a Map hashes it; no
 * separate digest to compute) and by whether the file is a package's __init__.py, where the same
 * text gets other findings.
 */
export class FindingsCache {
  private readonly map = new Map<string, LintState>();
  private chars = 0;
  private readonly recentTrees = new TreeShelf(TREE_BUDGET_CHARS);
  private readonly baseTrees = new TreeShelf(BASE_TREE_BUDGET_CHARS);

  constructor(
    private readonly rules: readonly LintRule[],
    private readonly budgetChars = DEFAULT_BUDGET_CHARS,
  ) {}

  state(code: string, { packageInit = false, withCategories = false, parent, base = false }: StateOptions = {}): LintState {
    const key = packageInit ? `init\0${code}` : code;
    let hit = this.map.get(key);
    // A base's state may have been made before anyone knew it was one (the fixed file is):
    // its tree goes on the bases' shelf now, parsed again if it is gone.
    if (base && hit && !this.baseTrees.has(code)) this.baseTrees.put(code, this.recentTrees.take(code) ?? { tree: parsePython(code), flat: null });
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      if (!withCategories || hit.categories) return hit;
    }
    const before = parent === undefined ? undefined : (this.baseTrees.get(parent) ?? this.recentTrees.get(parent));
    const reparse = before ? reparseWithChanges(code, { code: parent!, tree: before.tree }) : null;
    const tree = reparse ? reparse.tree : parsePython(code);
    const parses = !tree.rootNode.hasError;
    let state: LintState;
    let flat: FlatTree | null = null;
    try {
      // Read out once for the lint's walks and the categories alike (from the parent's copy
      // where the edit left it alone).
      if ((parses && !hit) || withCategories) flat = FlatTree.of(tree, code, reparse ? this.previousOf(before!, parent!, reparse) : undefined);
      state = {
        parses,
        findings: hit?.findings ?? (parses ? lintTree(code, tree, this.rules, packageInit, flat!) : []),
        categories: withCategories ? codeCategoriesOf(code, flat!) : null,
      };
    } catch (e) {
      tree.delete();
      throw e;
    }
    // The arrays alone: the node objects the lint made are not kept with them.
    const kept = { tree, flat: flat?.bare() ?? null };
    if (base) this.baseTrees.put(code, kept);
    else this.recentTrees.put(code, kept);
    if (!hit) this.chars += key.length;
    this.map.set(key, state);
    for (const [k] of this.map) {
      if (this.chars <= this.budgetChars || this.map.size === 1) break;
      this.map.delete(k);
      this.chars -= k.length;
    }
    return state;
  }

  /**
   * What the new state's flat copy copies from. A kept tree without its copy (a base parsed for
   * its tree alone) gets one now: a walk either way, and the next edit of it copies from it.
   * Nothing is copied from a tree with a parse error, so such a parent is not walked for it.
   */
  private previousOf(before: Kept, parent: string, { edits, changed }: Reparse): FlatPrevious | undefined {
    if (!before.flat && before.tree.rootNode.hasError) return undefined;
    before.flat ??= FlatTree.of(before.tree, parent);
    return { flat: before.flat, edits, changed };
  }

  findings(code: string, options: StateOptions = {}): readonly LintFinding[] {
    return this.state(code, options).findings;
  }
}
