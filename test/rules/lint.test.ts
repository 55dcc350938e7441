import { expect } from 'chai';
import { loadLintRules, ruffSelection, type LoadedLintRule } from '../../src/domains/lint/rules.js';
import { initPython } from '../../src/parse/python.js';
import { runLintRuleCases } from '../support/lint-rule-tester.js';

// Rules are discovered from rules/lint/ before mocha builds the suite, so each gets its own block.
await initPython();
const rules: LoadedLintRule[] = await loadLintRules();
const { preview } = ruffSelection(rules);

describe('rules/lint', () => {
  it('has at least 12 rules, one per ruff code, each with a cases file', () => {
    expect(rules.length).to.be.at.least(12);
    for (const r of rules) expect(r.cases, `${r.file} has no ${r.meta.code}.cases.ts beside it`).to.not.equal(undefined);
  });

  for (const rule of rules) {
    describe(`${rule.meta.code} (${rule.meta.name})`, () => runLintRuleCases(rule, preview));
  }
});
