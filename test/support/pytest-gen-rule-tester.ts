import { expect } from 'chai';
import { expectedCuratedModule } from './pytest-gen-rule-input.js';
import { trueExpectation } from '../../src/domains/pytest-gen/expectations.js';
import { buildModule } from '../../src/domains/pytest-gen/load-module.js';
import type { FunctionUnderTest } from '../../src/domains/pytest-gen/model.js';
import { TestNames } from '../../src/domains/pytest-gen/name-book.js';
import type { TestItem, TestRuleCase, TestRuleCases } from '../../src/domains/pytest-gen/rule.js';
import { callStyleFor, composeCases, type LoadedTestRule, type TestRules } from '../../src/domains/pytest-gen/rules.js';
import { renderTestFile } from '../../src/domains/pytest-gen/test-file.js';

/** The function under test of a rule case, built as loadUnits builds fixtures (no python check). */
export function ruleCaseFunction(c: TestRuleCase): FunctionUnderTest {
  const { module, problems } = buildModule(c.module.name, `rule-cases/${c.module.name}.py`, `rule-cases/${c.module.name}.yaml`, c.module.source, expectedCuratedModule(c));
  expect(problems, c.name).to.deep.equal([]);
  const fn = module!.functions.find((f) => f.qualName === c.function);
  if (!fn) throw new Error(`${c.name}: no function ${c.function}`);
  return fn;
}

/** What the rule writes for the case: a whole test file, or null when it writes nothing. */
export function ruleCaseOutput(rule: LoadedTestRule, rules: TestRules, c: TestRuleCase): { content: string | null; handled: string[]; items: TestItem[] } {
  const fn = ruleCaseFunction(c);
  const planned = fn.cases.map((x) => ({ case: x, expect: trueExpectation(x) }));
  if (rule.meta.role === 'call') {
    const style = rule.callStyle!(fn);
    if (!style) return { content: null, handled: [], items: [] };
    const file = renderTestFile(fn.module, composeCases(rules, fn, planned, 'plain-asserts', new TestNames()));
    return { content: file.content, handled: fn.cases.map((x) => x.id), items: file.items };
  }
  const out = rule.compose!({ fn, cases: planned, call: callStyleFor(rules, fn).style, names: new TestNames() });
  const file = out.blocks.length ? renderTestFile(fn.module, out.blocks) : null;
  return { content: file?.content ?? null, handled: out.handled, items: file?.items ?? [] };
}

/** The central checks every rule's cases go through (the RuleTester habit). */
export function runTestRuleCases(rule: LoadedTestRule, rules: TestRules): void {
  const cases = (rule.cases as TestRuleCases | undefined)?.cases ?? [];
  it('has cases, with distinct names, both applying and not applying', () => {
    expect(cases.length).to.be.at.least(2);
    expect(new Set(cases.map((c) => c.name)).size).to.equal(cases.length);
    expect(cases.some((c) => c.output !== null)).to.equal(true);
  });
  for (const c of cases) {
    it(c.name, () => {
      const out = ruleCaseOutput(rule, rules, c);
      expect(out.content).to.equal(c.output);
      const fn = ruleCaseFunction(c);
      const left = fn.cases.map((x) => x.id).filter((id) => !out.handled.includes(id));
      expect(left).to.deep.equal(c.leaves ?? (c.output === null ? fn.cases.map((x) => x.id) : []));
    });
  }
}
