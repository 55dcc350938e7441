import { discoverRules } from '../../rules/discover-rules.js';
import type { Block, CallStyle, DefinedTestRule, NameBook, PlannedCase, TestRuleCases } from './rule.js';
import type { FunctionUnderTest } from './model.js';

export interface LoadedTestRule extends DefinedTestRule {
  file: string;
  cases: TestRuleCases;
}

export type TestRules = Map<string, LoadedTestRule>;

/** Every strategy under rules/test/ with its cases, by id (its file name). */
export async function loadTestRules(): Promise<TestRules> {
  const found = await discoverRules<DefinedTestRule>('test');
  return new Map(found.map(({ rule, file, cases }) => [rule.id, { ...rule, file, cases: cases as TestRuleCases }]));
}

const PLAIN: CallStyle = { wrap: (e) => e, imports: [] };

/** How calls of `fn` are written: the first call rule that applies, else as they are. */
export function callStyleFor(rules: TestRules, fn: FunctionUnderTest): { style: CallStyle; rule: string | null } {
  for (const r of rules.values()) {
    const style = r.meta.role === 'call' ? r.callStyle?.(fn) : null;
    if (style) return { style, rule: r.meta.id };
  }
  return { style: PLAIN, rule: null };
}

/**
 * The order the system prompt asks for: a @pytest.fixture for an object several tests need,
 * parametrize for cases that differ only in their values, pytest.raises for errors, plain
 * asserts for the rest. Each rule takes what it can; the next one gets what is left.
 */
export const PROMPT_ORDER = ['fixture', 'parametrize', 'raises', 'plain-asserts'] as const;

/**
 * Tests for the planned cases: `layout` (a rule id, or the prompt's whole order) writes what it
 * can, then `raises` the error cases left and `plain-asserts` the value cases left. Every case
 * ends up in exactly one test.
 */
export function composeCases(rules: TestRules, fn: FunctionUnderTest, cases: PlannedCase[], layout: string | readonly string[], names: NameBook): Block[] {
  const { style } = callStyleFor(rules, fn);
  let left = cases;
  const blocks: Block[] = [];
  for (const id of [...new Set([...(typeof layout === 'string' ? [layout] : layout), 'raises', 'plain-asserts'])]) {
    const rule = rules.get(id);
    if (!rule?.compose) throw new Error(`rules/test has no composing rule ${id}`);
    if (left.length === 0) break;
    const out = rule.compose({ fn, cases: left, call: style, names });
    blocks.push(...out.blocks);
    left = left.filter((p) => !out.handled.includes(p.case.id));
  }
  if (left.length) throw new Error(`no rule wrote a test for ${fn.qualName} case ${left[0].case.id}`);
  return blocks;
}
