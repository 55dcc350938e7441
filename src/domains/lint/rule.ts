import type { FlatCapture } from '../../parse/flat-query.js';
import type { FlatTree } from '../../parse/flat-tree.js';
import type { Query, Tree } from 'web-tree-sitter';
import type { Rng } from '../../generate/rng.js';
import { defineRule, type DefinedRule } from '../../rules/define-rule.js';

/** A replacement of code[start, end) (UTF-16 offsets into the file text) by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** One issue as run_linter reports it, plus the edit ruff's fix would make. */
export interface LintFinding {
  code: string;
  /** 1-based line and column (column in characters, as ruff reports). */
  line: number;
  col: number;
  message: string;
  /** ruff has a *safe* fix for it (E711, E712 and F841 fixes are unsafe; E501 has none). */
  fixable: boolean;
  /** ruff's fix, safe or not (null when ruff has none); apply_fix applies only safe ones. */
  fix: { title: string; edits: TextEdit[] } | null;
}

export interface LintRuleMeta {
  /** The ruff code, which is also the file name: rules/lint/<code>.ts. */
  code: string;
  /** ruff's rule name, e.g. unused-import. */
  name: string;
  /** ruff's fix for it is safe (it is reported with fixable: true). */
  fixable: boolean;
  /** ruff only checks it with `preview = true`. */
  preview: boolean;
  description: string;
}

/** A lint pattern written into clean code at a site tree-sitter found. */
export interface Injection {
  /** e.g. "unused import of re" — for people reading meta. */
  label: string;
  edits: TextEdit[];
  /** Whether the edit really gives exactly one new finding (checked once, on first ask); asked only of sites a mutation picks. */
  exact?: () => boolean;
}

export interface LintRule {
  meta: LintRuleMeta;
  check(ctx: LintContext): LintFinding[];
  /** Candidate places to inject this rule's pattern into the code (may be empty). */
  inject?(ctx: LintContext, rng: Rng): Injection[];
}

export type DefinedLintRule = LintRule & DefinedRule;

/** A lint rule file ends with `export default defineLintRule(import.meta.url, {...})`; its code is its file name. */
export function defineLintRule(moduleUrl: string, spec: { meta: Omit<LintRuleMeta, 'code'> } & Omit<LintRule, 'meta'>): DefinedLintRule {
  const base = defineRule(moduleUrl);
  return { ...base, meta: { code: base.id, ...spec.meta }, check: spec.check, inject: spec.inject };
}

export interface LintCase {
  code: string;
  /**
   * Findings of this rule only, in ruff's (line, col) order. `fixable` defaults to the rule's
   * meta.fixable; say false where this finding's fix is unsafe although the rule's usually is not.
   */
  errors: { line: number; col: number; message: string; fixable?: boolean }[];
  /** The code after applying the first finding's fix (omit when the rule has no fix). */
  output?: string;
}

export interface LintCases {
  valid: string[];
  invalid: LintCase[];
  /** Injections: applying the first injection found in `code` must give `output`. */
  inject?: { code: string; output: string }[];
}

/** One capture of a rule's query: FlatQuery's, or tree-sitter's QueryCapture (the same fields). */
export type LintCapture = FlatCapture;

export interface LintContext {
  code: string;
  tree: Tree;
  /** The same tree read out into arrays once (built on first use): walks over it cost no wasm calls. */
  readonly flat: FlatTree;
  /**
   * A query's captures over the whole tree: FlatNodes found over the flat tree where the query
   * is one FlatQuery reads (every lint query but E305's), else tree-sitter's Nodes.
   */
  captures(query: Query): LintCapture[];
  lines: string[];
  /** UTF-16 offset of the start of each line (index 0 = line 1). */
  lineStarts: number[];
  /** 1-based line and character column of a UTF-16 offset. */
  position(offset: number): { line: number; col: number };
  /** UTF-16 offset of a 1-based line and character column. */
  offset(line: number, col: number): number;
  /** The file is a package's `__init__.py`, where ruff treats an unused import as a possible re-export. */
  packageInit: boolean;
  /**
   * Computes a value once per parsed file and shares it between rules (the token stream,
   * scopes, noqa comments...). The value must be treated as read-only.
   */
  memo<T>(key: string, compute: () => T): T;
}
