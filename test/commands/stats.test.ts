import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@oclif/test';
import { expect } from 'chai';
import { projectRoot } from '../../src/paths.js';
import { StatsSummarySchema, type StatsSummary } from '../../src/stats/stats-summary.js';
import { defaultRun } from '../support/default-run.js';
import { tempDir } from '../support/generate-to-temp.js';
import { runCli } from '../support/run-cli.js';
import { copyExample, readSource, writeSource } from '../support/source-examples.js';

describe('trajgen stats', () => {
  let source = '';
  before(async () => {
    source = await defaultRun();
  });

  it('--json: per domain counts, mix, lengths, distinct code, near-duplicates and no train/eval overlap on a default run', async () => {
    const { result, error, stdout } = await runCommand<StatsSummary>(['stats', source, '--json'], { root: projectRoot() });
    expect(error).to.equal(undefined);
    expect(StatsSummarySchema.parse(JSON.parse(stdout))).to.deep.equal(result);
    const byName = Object.fromEntries(result!.domains.map((d) => [d.domain, d]));
    expect(Object.keys(byName).sort()).to.deep.equal(['docstring', 'lint', 'sample-data', 'test']);
    expect(byName.lint.examples).to.deep.equal({ train: 180, eval: 20 });
    expect(Object.values(byName.lint.per_shape).reduce((a, b) => a + b, 0)).to.equal(200);
    for (const d of result!.domains) {
      expect(d.train_eval_overlap).to.deep.equal({ identical_examples: 0, eval_node_code_in_train: 0, eval_near_duplicates_of_train: 0 });
      expect(d.length_chars.min).to.be.greaterThan(1000);
      expect(d.length_tokens.max).to.be.lessThan(d.length_chars.max);
      expect(d.longest.chars).to.equal(d.length_chars.max);
      expect(d.distinct_node_code.distinct).to.be.within(1, d.distinct_node_code.examples);
    }
    expect(result!.max_chars).to.equal(null);
  });

  it('--max-chars lists the examples over the limit with file and line', async () => {
    const { result } = await runCommand<StatsSummary>(['stats', join(source, 'lint'), '--max-chars', '9000', '--json'], { root: projectRoot() });
    const [lint] = result!.domains;
    expect(lint.over_max_chars.length).to.be.greaterThan(0);
    for (const w of lint.over_max_chars) {
      expect(w.chars).to.be.greaterThan(9000);
      expect(w.file).to.match(/lint\/(train|eval)\.jsonl$/);
    }
  });

  it('reports a copied eval example as overlap, and a duplicate in train as a near-duplicate', async () => {
    const train = readSource(join(source, 'test', 'train.jsonl')).slice(0, 5);
    const dir = join(writeSource([...train, copyExample(train[0])], 'test', 'train'), '..');
    writeFileSync(join(dir, 'eval.jsonl'), readFileSync(join(dir, 'train.jsonl'), 'utf8').split('\n')[1] + '\n');
    const { result } = await runCommand<StatsSummary>(['stats', dir, '--json'], { root: projectRoot() });
    const [d] = result!.domains;
    expect(d.near_duplicates.train.examples).to.be.greaterThanOrEqual(1);
    expect(d.train_eval_overlap).to.deep.include({ identical_examples: 1, eval_node_code_in_train: 1, eval_near_duplicates_of_train: 1 });
  });

  it('prints the human report (end to end, bin/run.js)', () => {
    const r = runCli(['stats', join(source, 'docstring'), '--max-chars', '100000']);
    expect(r.status, r.stderr).to.equal(0);
    for (const heading of ['docstring: 150 examples (train 135, eval 15)', 'shapes:', 'rules:', 'tool calls per example:', 'length, chars:', 'length, ~tokens:', 'longest:', 'distinct node code:', 'near-duplicates', 'train/eval overlap:', 'over --max-chars 100000: 0 examples']) {
      expect(r.stdout).to.include(heading);
    }
  });

  it('bad input names the file, line or flag and exits 2', () => {
    const missing = runCli(['stats', '/nonexistent']);
    expect(missing.status).to.equal(2);
    expect(missing.stderr).to.match(/\/nonexistent: no such file or folder/);
    const file = join(tempDir(), 'train.jsonl');
    writeFileSync(file, 'not json\n');
    const bad = runCli(['stats', file]);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/train\.jsonl:1: not JSON/);
    const flag = runCli(['stats', file, '--max-chars', 'lots']);
    expect(flag.status).to.not.equal(0);
    expect(flag.stderr).to.match(/--max-chars must be a whole number/);
  });
});
