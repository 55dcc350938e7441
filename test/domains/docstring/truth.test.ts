import { expect } from 'chai';
import type { TrainingExample } from '../../../src/schema/conversation.js';
import { writeDocstring } from '../../../src/domains/docstring/write-docstring.js';
import { checkWithPython, truthItem, type DocstringTruthItem } from '../../support/docstring-truth.js';
import { generateToTemp, toolCalls, type GeneratedRun } from '../../support/generate-to-temp.js';

// Enough examples that every shipped unit shows several styles, actions and shapes.
const COUNT = 400;

describe('docstring truth against real Python (ast), shipped fixtures', function () {
  let run: GeneratedRun;
  let examples: TrainingExample[];
  let verdicts: Map<string, string[]>;
  let lies: DocstringTruthItem[];
  before(async () => {
    run = await generateToTemp('docstring', { count: COUNT, split: 0.85, seed: 5 });
    examples = [...run.train, ...run.eval];
    // Planted lies ride in the same python3 batch: the judge must catch each of them.
    const items = examples.map((ex, i) => truthItem(String(i), ex));
    const sample = items.find((it) => it.written !== null && it.hints.length > 0 && /\n {4}\w+ \(/.test(it.written) && it.style === 'google')!;
    lies = [
      { ...sample, id: 'lie:param', written: sample.written!.replace(/\n {4}\w+ \([^\n]*/, ''), after: null },
      { ...sample, id: 'lie:hint', hints: [{ ...(sample.hints[0] as object), return_annotation: 'bytes' }] },
      { ...sample, id: 'lie:read', reads: [{ when: 'before' as const, result: { docstring: 'Something else.', has_docstring: true } }] },
    ].map((l) => (l.after === null ? { ...l, after: writeDocstring(l.before, l.qualname, l.written!).code } : l));
    verdicts = checkWithPython([...items, ...lies]);
  });
  after(() => run?.cleanup());

  it('judges every example and finds every tool result and written docstring true', () => {
    expect(verdicts.size).to.equal(COUNT + lies.length);
    for (const lie of lies) expect(verdicts.get(lie.id), `the judge missed ${lie.id}`).to.have.length.greaterThan(0);
    const bad = [...verdicts].filter(([id]) => !id.startsWith('lie:')).filter(([, p]) => p.length > 0).map(([id, p]) => `${examples[Number(id)].meta.fixture} ${examples[Number(id)].meta.shape} ${examples[Number(id)].meta.tags.join(',')}: ${p.join(' | ')}`);
    expect(bad.slice(0, 10), `${bad.length} examples are untrue`).to.deep.equal([]);
  });

  it('covers every style, action and shape, and judges the adequate docstrings of skipped examples too', () => {
    const tags = new Set(examples.flatMap((ex) => ex.meta.tags));
    for (const t of ['google', 'numpy', 'sphinx', 'added', 'updated', 'skipped']) expect(tags.has(t), t).to.equal(true);
    const shapes = new Set(examples.map((ex) => ex.meta.shape));
    expect([...shapes].sort()).to.deep.equal(['add', 'skip', 'update']);
    const skipped = examples.filter((ex) => toolCalls(ex).at(-1)!.args.action === 'skipped');
    expect(skipped.length).to.be.greaterThan(20);
  });

  it('shows the style as [Context] after every read_current_docstring, and writes in that style', () => {
    for (const ex of examples) {
      const calls = toolCalls(ex);
      const styles = new Set(calls.filter((c) => c.name === 'read_current_docstring').flatMap((c) => c.contexts));
      expect(styles.size, ex.meta.fixture).to.equal(1);
      expect(calls[0].name).to.equal('read_current_docstring');
      for (const c of calls) {
        if (c.name === 'read_current_docstring') expect(c.contexts).to.have.length(1);
        else expect(c.contexts).to.deep.equal([]);
        if (c.name === 'write_docstring') expect(styles.has(String(c.args.style))).to.equal(true);
      }
      expect(ex.meta.tags).to.include([...styles][0]);
    }
  });

  it('reports replaced_existing exactly when a docstring was there, and changed_files only after a write', () => {
    for (const ex of examples) {
      const calls = toolCalls(ex);
      const first = calls[0].result as { has_docstring: boolean };
      const write = calls.find((c) => c.name === 'write_docstring');
      const submit = calls.at(-1)!;
      if (write) expect((write.result as { replaced_existing: boolean }).replaced_existing).to.equal(first.has_docstring);
      expect(submit.args.changed_files).to.deep.equal(write ? [ex.meta.fixture] : []);
      expect(submit.args.action).to.equal(!write ? 'skipped' : first.has_docstring ? 'updated' : 'added');
    }
  });
});
