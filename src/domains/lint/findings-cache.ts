import { withTree } from '../../parse/python.js';
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

  constructor(
    private readonly rules: readonly LintRule[],
    private readonly budgetChars = DEFAULT_BUDGET_CHARS,
  ) {}

  state(code: string, packageInit = false, withCategories = false): LintState {
    const key = packageInit ? `init\0${code}` : code;
    let hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      if (!withCategories || hit.categories) return hit;
    }
    const state: LintState = withTree(code, (tree) => {
      const parses = !tree.rootNode.hasError;
      return {
        parses,
        findings: hit?.findings ?? (parses ? lintTree(code, tree, this.rules, packageInit) : []),
        categories: withCategories ? codeCategoriesOf(code, tree) : null,
      };
    });
    if (!hit) this.chars += key.length;
    this.map.set(key, state);
    for (const [k] of this.map) {
      if (this.chars <= this.budgetChars || this.map.size === 1) break;
      this.map.delete(k);
      this.chars -= k.length;
    }
    return state;
  }

  findings(code: string, packageInit = false): readonly LintFinding[] {
    return this.state(code, packageInit).findings;
  }
}
