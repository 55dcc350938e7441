import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { TestRuleCases } from '../../src/domains/pytest-gen/rule.js';
import { loadTestRules } from '../../src/domains/pytest-gen/rules.js';
import { runItems, type RunReport } from '../../src/domains/pytest-gen/pytest-sim.js';
import { initPython } from '../../src/parse/python.js';
import { tempDir } from '../support/generate-to-temp.js';
import { ruleCaseFunction, ruleCaseOutput, runTestRuleCases } from '../support/pytest-gen-rule-tester.js';
import { runPytestTrees, toRunReport, writeTree, type PytestTree } from '../support/pytest-gen-pytest.js';

// Rules are discovered from rules/test/ before mocha builds the suite, so each gets its own block.
await initPython();
const rules = await loadTestRules();

describe('rules/test', () => {
  it('has the five strategies, each with a cases file beside it', () => {
    expect([...rules.keys()].sort()).to.include.members(['async-run', 'fixture', 'parametrize', 'plain-asserts', 'raises']);
    for (const r of rules.values()) expect(r.cases, `${r.file} has no ${r.meta.id}.cases.ts beside it`).to.not.equal(undefined);
  });

  for (const rule of rules.values()) {
    describe(`${rule.meta.id} (${rule.meta.role})`, () => runTestRuleCases(rule, rules));
  }

  it('writes, for every case, a file that real pytest passes with exactly the tests the rule claims', async function () {
    this.timeout(300_000);
    const root = tempDir('trajgen-rule-cases-');
    try {
      const jobs: { name: string; path: string; expected: RunReport; tree: PytestTree }[] = [];
      for (const rule of rules.values()) {
        for (const c of (rule.cases as TestRuleCases).cases) {
          const out = ruleCaseOutput(rule, rules, c);
          if (out.content === null) continue;
          const fn = ruleCaseFunction(c);
          const path = `tests/test_${fn.module}.py`;
          const lookup = (_fn: string, id: string) => fn.cases.find((x) => x.id === id)!.outcome;
          const tree = writeTree(join(root, `c${jobs.length}`), fn.module, c.module.source, path, out.content);
          jobs.push({ name: `${rule.meta.id}: ${c.name}`, path, expected: runItems(path, out.items, lookup), tree });
        }
      }
      const real = await runPytestTrees(jobs.map((j) => j.tree));
      jobs.forEach((j, i) => {
        const report = toRunReport(real.inprocess[i], j.path);
        expect(report, j.name).to.deep.equal(j.expected);
        expect([report.passed, report.failed, report.errors], j.name).to.deep.equal([j.expected.passed, 0, 0]);
        expect(report.passed, j.name).to.be.greaterThan(0);
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
