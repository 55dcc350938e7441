import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { projectPath } from '../../../src/paths.js';
import { generateToTemp, shownCode, toolCalls, type GeneratedRun } from '../../support/generate-to-temp.js';
import { replayLint } from '../../support/lint-replay.js';

describe('lint truth: every tool result equals real ruff on the code at that point', function () {
  let run: GeneratedRun;
  before(async () => {
    run = await generateToTemp('lint', { count: 360, split: 0.9, seed: 5 });
  });
  after(() => run?.cleanup());

  it('replays at least 300 conversations (shipped fixtures and their mutations) against ruff', () => {
    const all = [...run.train, ...run.eval];
    expect(all.length).to.be.at.least(300);
    const mutated = all.filter((ex) => ex.meta.tags.includes('mutated'));
    // Versions that are neither mutated, cut nor fixed are the fixture file itself.
    const original = all.filter((ex) => !['mutated', 'sub_file', 'fixed'].some((t) => ex.meta.tags.includes(t)));
    expect(mutated.length, 'mutations').to.be.greaterThan(100);
    expect(original.length, 'unmutated fixtures').to.be.greaterThan(10);
    for (const ex of original) expect(shownCode(ex)).to.equal(readFileSync(projectPath(ex.meta.fixture), 'utf8'));
    for (const ex of all) {
      // The shipped definition attaches ruff_config to run_linter, and only to it.
      for (const c of toolCalls(ex)) expect(c.contexts, c.name).to.have.length(c.name === 'run_linter' ? 1 : 0);
      replayLint(ex);
    }
  });

  it("tags each example with the situation of the code it shows: the first run_linter result (equal to ruff's, above)", () => {
    const situations = ['already_clean', 'unfixable_only', 'single_issue'];
    const seen = new Set<string>();
    for (const ex of [...run.train, ...run.eval]) {
      const first = toolCalls(ex).find((c) => c.name === 'run_linter');
      expect(first, ex.meta.node_id).to.not.equal(undefined);
      const report = first!.result as { total: number; fixable_count: number };
      const expected = report.total === 0 ? ['already_clean'] : report.fixable_count === 0 ? ['unfixable_only'] : report.total === 1 ? ['single_issue'] : [];
      expect(ex.meta.tags.filter((t) => situations.includes(t)), `${ex.meta.node_id} (${report.total} issues, ${report.fixable_count} fixable)`).to.deep.equal(expected);
      expected.forEach((t) => seen.add(t));
    }
    // A check that never meets a situation proves nothing about it.
    expect([...seen].sort()).to.deep.equal([...situations].sort());
  });

  it('shows every shape, including a failed apply_fix followed by the right call', () => {
    const shapes = new Set([...run.train, ...run.eval].map((ex) => ex.meta.shape));
    for (const s of ['clean', 'report-only', 'fix-each', 'fix-all', 'stale-line-recovery', 'unfixable-attempt', 'redundant-read']) {
      expect(shapes.has(s), `shape ${s} missing`).to.equal(true);
    }
    const recovered = [...run.train, ...run.eval].filter((ex) => toolCalls(ex).some((c, i, all) => c.name === 'apply_fix' && (c.result as { success: boolean }).success === false && all[i + 1]?.name === 'run_linter'));
    expect(recovered.length).to.be.greaterThan(0);
  });
});
