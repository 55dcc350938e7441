import { applyEdits } from './apply-edits.js';
import { applyFixPass } from './apply-fix-pass.js';
import { FindingsCache } from './findings-cache.js';
import type { LintFinding } from './rule.js';

// ruff check --fix gives up after this many passes; so do we.
const MAX_FIX_PASSES = 100;

/** The in-memory file the simulated tools work on: every result is computed from `code`. */
export class LintWorkspace {
  constructor(
    public code: string,
    private readonly cache: FindingsCache,
    private readonly packageInit = false,
    /** The text before the last edit (or the text `code` was made from): the new text is parsed from its tree. */
    private previous?: string,
  ) {}

  findings(): readonly LintFinding[] {
    return this.cache.findings(this.code, { packageInit: this.packageInit, parent: this.previous });
  }

  /** apply_fix: the first safely fixable finding with that code on that line, or nothing. */
  applyFix(code: string, line: number): LintFinding | null {
    const target = this.findings().find((f) => f.code === code && f.line === line && f.fixable && f.fix);
    if (!target) return null;
    this.previous = this.code;
    this.code = applyEdits(this.code, target.fix!.edits);
    return target;
  }

  /**
   * run_linter with check_only=false: `ruff check --fix` passes until no safe fix is left.
   * With `unsafe`, as `--unsafe-fixes`; with `only`, each pass fixes only the findings it picks
   * (both only to make starting versions, never a tool result).
   */
  fixAll(opts: { unsafe?: boolean; only?: (findings: readonly LintFinding[]) => readonly LintFinding[] } = {}): void {
    for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
      const fixes = (opts.only ? opts.only(this.findings()) : this.findings()).flatMap((f) => ((f.fixable || opts.unsafe) && f.fix ? [f.fix] : []));
      if (fixes.length === 0) return;
      this.previous = this.code;
      this.code = applyFixPass(this.code, fixes).code;
    }
  }
}
