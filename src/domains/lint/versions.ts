import { digest } from '../../generate/digest.js';
import { intBetween, rngFor, type Rng } from '../../generate/rng.js';
import type { FindingsCache } from './findings-cache.js';
import { injectionSites, mutateGroups, type Site } from './mutate.js';
import type { Injection, LintFinding, LintRule } from './rule.js';
import { MAX_FIX_EACH } from './shape-vocabulary.js';
import { removableBlocks, subFile, type Block } from './sub-file.js';
import { LintWorkspace } from './workspace.js';

/** How a version of the file was made, for meta.tags. */
export type Origin = 'original' | 'fixed' | 'sub_file';

interface SitesByFix {
  fixable: readonly Site[];
  unfixable: readonly Site[];
}

/** A text mutations start from, with what is found out about it when first used. */
interface BaseEntry {
  code: string;
  origin: Origin;
  sites: SitesByFix | null;
  found: readonly LintFinding[] | null;
}

export interface Version {
  code: string;
  origin: Origin;
  mutated: boolean;
}

/** Whether the findings' codes are exactly `codes`, counted with repeats. */
function sameCounts(findings: readonly LintFinding[], codes: readonly string[]): boolean {
  if (findings.length !== codes.length) return false;
  const left = new Map<string, number>();
  for (const c of codes) left.set(c, (left.get(c) ?? 0) + 1);
  for (const f of findings) {
    const n = left.get(f.code) ?? 0;
    if (n === 0) return false;
    left.set(f.code, n - 1);
  }
  return true;
}

/** What kind of first report a shape needs, read off its predicates. */
interface Recipe {
  clean: boolean;
  fixable: [number, number];
  /** Inject at least one issue without a safe fix (when the base has none). */
  unfixable: boolean;
}

function recipeFor(when: readonly string[]): Recipe {
  if (when.includes('clean')) return { clean: true, fixable: [0, 0], unfixable: false };
  if (when.includes('unfixable-only')) return { clean: false, fixable: [0, 0], unfixable: true };
  const lo = when.includes('two-fixable') ? 2 : 1;
  const fixable: [number, number] = when.includes('many-fixable') ? [MAX_FIX_EACH + 1, MAX_FIX_EACH + 3] : [lo, MAX_FIX_EACH];
  return { clean: false, fixable, unfixable: when.includes('has-unfixable') };
}

// Bases a file's mutations start from: the fixed file and a few cuts of it. Finding a base's
// injection sites re-lints every candidate, so each base is searched once and kept.
const SUB_FILE_BASES = 4;

/**
 * The versions of one fixture file a shape can start from: the file as it is, the file with
 * every safe fix applied, smaller real files cut from it, each possibly with lint patterns
 * injected at sites tree-sitter found, as many as the shape's first report needs.
 */
export class LintVersions {
  private fixedCode: string | null = null;
  private bases: BaseEntry[] | null = null;

  constructor(
    readonly original: string,
    private readonly rules: readonly LintRule[],
    private readonly cache: FindingsCache,
    private readonly packageInit = false,
    /** `original` is itself a cut of a longer file (a piece): its first version is a sub_file too. */
    private readonly cut = false,
  ) {}

  /** `parent`: the text `code` was cut from, whose tree a reparse can start from. */
  private fixAll(code: string, unsafe = false, parent?: string): string {
    const ws = new LintWorkspace(code, this.cache, this.packageInit, parent);
    ws.fixAll({ unsafe });
    return ws.code;
  }

  private cleanedCode: string | null = null;
  private cleanedLeft: number[] | null = null;
  // Read once per text: every clean version is a cut of the same cleaned file.
  private cleanedBlocks: Block[] | null = null;

  /**
   * A clean version: the file with every fix applied (unsafe ones too: this only makes a
   * starting point), cut so that no block with an issue left (a long line) stays. Null when an
   * issue sits outside any block that can go.
   */
  private clean(rng: Rng): string | null {
    const cleaned = (this.cleanedCode ??= this.fixAll(this.original, true));
    const left = (this.cleanedLeft ??= this.findings(cleaned).map((f) => f.line));
    const cut = subFile(cleaned, rng, left, (this.cleanedBlocks ??= removableBlocks(cleaned)));
    return cut === null ? (left.length === 0 ? cleaned : null) : this.fixAll(cut, false, cleaned);
  }

  /** The file with every safe fix applied: what stays are its issues without a safe fix. */
  fixed(): string {
    return (this.fixedCode ??= this.fixAll(this.original));
  }

  /** The fixed file and up to SUB_FILE_BASES distinct cuts of it (seeded by the file, not the shape). */
  private basePool(): BaseEntry[] {
    if (this.bases) return this.bases;
    const rng = rngFor(0, 'lint-bases', digest(this.original));
    const seen = new Set([this.fixed()]);
    this.bases = [{ code: this.fixed(), origin: 'fixed', sites: null, found: null }];
    const blocks = removableBlocks(this.fixed());
    for (let i = 0; i < SUB_FILE_BASES * 3 && this.bases.length <= SUB_FILE_BASES; i++) {
      const cut = subFile(this.fixed(), rng, [], blocks);
      const code = cut === null ? null : this.fixAll(cut, false, this.fixed());
      if (code === null || seen.has(code)) continue;
      seen.add(code);
      this.bases.push({ code, origin: 'sub_file', sites: null, found: null });
    }
    return this.bases;
  }

  private findings(code: string) {
    return this.cache.findings(code, { packageInit: this.packageInit });
  }

  /** A base to start from, with its injection sites: the fixed file or a smaller file cut from it. */
  private base(rng: Rng): { code: string; origin: Origin; sites: SitesByFix; found: readonly LintFinding[] } {
    const pool = this.basePool();
    const b = pool[Math.floor(rng() * pool.length)];
    b.sites ??= this.byFix(injectionSites(b.code, this.rules, rngFor(0, 'lint-sites', digest(b.code))));
    // Kept with the base, not left to the run's cache: every version of this file starts from
    // one of a few bases, and a real-size file's bases alone would fill that cache.
    b.found ??= this.cache.findings(b.code, { packageInit: this.packageInit, base: true });
    return { code: b.code, origin: b.origin, sites: b.sites, found: b.found };
  }

  /** Sites parted by whether their rule's finding has a safe fix, each part in the sites' order. */
  private byFix(sites: readonly Site[]): SitesByFix {
    const fixable = new Map<string, boolean>();
    for (const r of this.rules) if (!fixable.has(r.meta.code)) fixable.set(r.meta.code, r.meta.fixable);
    return { fixable: sites.filter((s) => fixable.get(s.code) === true), unfixable: sites.filter((s) => fixable.get(s.code) === false) };
  }

  /** The versions worth trying first: the file as found and with its safe fixes applied. */
  firsts(): Version[] {
    const out: Version[] = [{ code: this.original, origin: this.cut ? 'sub_file' : 'original', mutated: false }];
    if (this.fixed() !== this.original) out.push({ code: this.fixed(), origin: 'fixed', mutated: false });
    return out;
  }

  /**
   * One more version for a shape with these predicates, or null when this try gave nothing.
   * `refused`: the injections this lane has seen refused (the lane's own, see MutationJudge).
   */
  next(when: readonly string[], rng: Rng, refused: Set<Injection>): Version | null {
    const recipe = recipeFor(when);
    if (recipe.clean) {
      const code = this.clean(rng);
      return code === null ? null : { code, origin: 'sub_file', mutated: false };
    }
    const { code, origin, sites, found } = this.base(rng);
    const baseFixable = found.filter((f) => f.fixable).length;
    const baseUnfixable = found.length - baseFixable;
    const want = intBetween(rng, recipe.fixable[0], recipe.fixable[1]) - baseFixable;
    const wantUnfixable = recipe.unfixable && baseUnfixable === 0 ? intBetween(rng, 1, 2) : rng() < 0.25 ? 1 : 0;
    if (want < 0) return null;
    // Judged by the lint state the example's first report reuses: it parses, and each code has
    // as many findings more than the base as sites of that code were picked (no fewer, where an
    // edit undid another finding; no more, where it tripped a second one; no other code moved).
    const accept = (mutated: string, picks: readonly Site[]) => {
      const state = this.cache.state(mutated, { packageInit: this.packageInit, withCategories: true, parent: code });
      return state.parses && sameCounts(state.findings, [...found.map((f) => f.code), ...picks.map((p) => p.code)]);
    };
    const m = mutateGroups(code, [{ sites: sites.fixable, count: want }, { sites: sites.unfixable, count: wantUnfixable }], rng, { accept, refused });
    return m && { code: m.code, origin, mutated: m.code !== code };
  }
}
