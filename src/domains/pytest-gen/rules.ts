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
 * Tests for the planned cases: the chosen layout rule writes what it can, `raises` writes the
 * error cases left, `plain-asserts` the value cases left. Every case ends up in exactly one test.
 */
export function composeCases(rules: TestRules, fn: FunctionUnderTest, cases: PlannedCase[], layout: string, names: NameBook): Block[] {
  const { style } = callStyleFor(rules, fn);
  let left = cases;
  const blocks: Block[] = [];
  for (const id of [layout, 'raises', 'plain-asserts']) {
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
