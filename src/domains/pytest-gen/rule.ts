import { defineRule, type DefinedRule } from '../../rules/define-rule.js';
import type { ExceptionClass } from './exceptions.js';
import type { Case, FunctionUnderTest } from './model.js';

/** What a test writes about one call. */
export type Expectation =
  | { kind: 'equals'; repr: string }
  /** A float result, compared with pytest.approx as a person would. */
  | { kind: 'approx'; repr: string }
  | { kind: 'truthy' }
  | { kind: 'falsy' }
  | { kind: 'is_none' }
  | { kind: 'raises'; cls: ExceptionClass; match: string | null };

/** One assertion (or pytest.raises block) about one curated call. */
export interface Check {
  fn: string;
  caseId: string;
  expect: Expectation;
}

/** One pytest item: `test_slugify_basic` or `test_slugify[basic]`; its checks run in order. */
export interface TestItem {
  name: string;
  checks: Check[];
}

/** Source of one top-level definition of a test file and the items it adds. */
export interface Block {
  code: string;
  items: TestItem[];
  /** Modules to import: `pytest`, `asyncio`. */
  imports: string[];
  /** Names imported from the fixture module. */
  names: string[];
  /** The rule that wrote it. */
  rule: string;
}

export interface PlannedCase {
  case: Case;
  expect: Expectation;
}

/** How a call expression is written in a test (async functions run through asyncio.run). */
export interface CallStyle {
  wrap(expression: string): string;
  imports: string[];
}

/** Test and fixture names in one file: a second `def` of a name would hide the first. */
export interface NameBook {
  claim(preferred: string): string;
}

export interface ComposeInput {
  fn: FunctionUnderTest;
  cases: PlannedCase[];
  call: CallStyle;
  names: NameBook;
}

export interface TestRuleMeta {
  id: string;
  /** values: writes value checks; errors: writes pytest.raises checks; call: changes how calls are written. */
  role: 'values' | 'errors' | 'call';
  description: string;
  tags: string[];
}

/**
 * A test-writing strategy (rules/test/<id>.ts). A values/errors rule takes the cases it can
 * write and leaves the rest to the next rule; a call rule wraps call expressions.
 */
export interface TestRule {
  meta: TestRuleMeta;
  compose?(input: ComposeInput): { blocks: Block[]; handled: string[] };
  callStyle?(fn: FunctionUnderTest): CallStyle | null;
}

export type DefinedTestRule = TestRule & DefinedRule;

/** A strategy file ends with `export default defineTestRule(import.meta.url, {...})`; its id is its file name. */
export function defineTestRule(moduleUrl: string, spec: { meta: Omit<TestRuleMeta, 'id'> } & Omit<TestRule, 'meta'>): DefinedTestRule {
  const base = defineRule(moduleUrl);
  return { ...base, meta: { id: base.id, ...spec.meta }, compose: spec.compose, callStyle: spec.callStyle };
}

/** A rule case: compose `cases` of the function in `module` (source) and expect this Python. */
export interface TestRuleCase {
  name: string;
  module: { name: string; source: string };
  function: string;
  curated: { id: string; call: string; returns?: string; raises?: string; message?: string }[];
  /** The blocks the rule writes, joined as in a test file; null when the rule does not apply. */
  output: string | null;
  /** Case ids the rule leaves to other rules. */
  leaves?: string[];
}

export interface TestRuleCases {
  cases: TestRuleCase[];
}
