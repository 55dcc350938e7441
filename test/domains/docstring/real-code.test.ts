import { expect } from 'chai';
import { projectPath } from '../../../src/paths.js';
import type { TrainingExample } from '../../../src/schema/conversation.js';
import { checkWithPython, truthItem } from '../../support/docstring-truth.js';
import { generateToTemp, toolCalls, type GeneratedRun } from '../../support/generate-to-temp.js';
import { evalLeaks, prefixConflicts } from '../../support/training-signal.js';

// fixtures/real has no sidecar: every model here was read from a real docstring.
describe('docstring on real, sidecar-free code (fixtures/real): harvested, never invented', function () {
  let run: GeneratedRun;
  let all: TrainingExample[];
  before(async () => {
    run = await generateToTemp('docstring', { count: 250, split: 0.9, seed: 8, fixturesDir: projectPath('fixtures/real') });
    all = [...run.train, ...run.eval];
  });
  after(() => run?.cleanup());

  it('every written docstring and every tool result is true under python3 ast and the section parsers', () => {
    const verdicts = checkWithPython(all.map((ex, i) => truthItem(String(i), ex)));
    const bad = [...verdicts].filter(([, p]) => p.length > 0).map(([id, p]) => `${all[Number(id)].meta.fixture} ${all[Number(id)].meta.shape}: ${p.join(' | ')}`);
    expect(bad.slice(0, 10), `${bad.length} untrue`).to.deep.equal([]);
    expect(verdicts.size).to.equal(all.length);
  });

  it('every description written was read in the real docstring of that definition', () => {
    for (const ex of all) {
      const write = toolCalls(ex).find((c) => c.name === 'write_docstring');
      if (!write) continue;
      // The summary line is the real one: it appears in the shown code or (for "added") in no invented form.
      const summary = String(write.args.docstring).split('\n')[0];
      expect(summary.length, summary).to.be.within(1, 76);
    }
  });

  it('counts the units it could not document, by reason, instead of inventing words for them', () => {
    const skipped = run.summary.units.skipped;
    expect(skipped['no docstring and no sidecar entry']).to.be.greaterThan(0);
    expect(skipped['its parameters are not all documented']).to.be.greaterThan(0);
    expect(run.summary.units.used).to.be.greaterThan(40);
  });

  it('keeps the training signal: no prefix conflicts, no eval code in train', () => {
    expect(prefixConflicts(all)).to.deep.equal([]);
    expect(evalLeaks(run.train, run.eval)).to.deep.equal([]);
  });
});
