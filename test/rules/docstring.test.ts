import { expect } from 'chai';
import { loadDocstringRules, type LoadedDocstringRule } from '../../src/domains/docstring/rules.js';
import { runDocstringRuleCases } from '../support/docstring-rule-tester.js';

// Rules are discovered from rules/docstring/ before mocha builds the suite, so each gets its own block.
const rules: LoadedDocstringRule[] = await loadDocstringRules();

describe('rules/docstring', () => {
  it('has a rule per situation, each with a cases file beside it', () => {
    expect(rules.length).to.be.at.least(7);
    for (const r of rules) expect(r.cases, `${r.file} has no ${r.meta.id}.cases.ts beside it`).to.not.equal(undefined);
  });

  for (const rule of rules.filter((r) => r.cases !== undefined)) {
    describe(`${rule.meta.id} (${rule.meta.action})`, () => runDocstringRuleCases(rule));
  }
});
