import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { ExportOptions } from '../../src/export/options.js';
import { defaultRun } from '../support/default-run.js';
import { exportToTemp, outFile } from '../support/export-to-temp.js';
import { askReferenceRenderer, type OracleJob } from '../support/functiongemma-oracle.js';

const DOMAINS = ['lint', 'test', 'docstring', 'sample-data'];
const SPLITS = ['train', 'eval'];

// Each variant is exported from the same default run and checked, every example, by the reference renderer.
const VARIANTS: { name: string; options: Partial<ExportOptions>; mode: OracleJob['mode'] }[] = [
  { name: 'pairs (the default)', options: {}, mode: 'pairs' },
  { name: 'single sequence with spans', options: { singleSequence: true }, mode: 'sequence' },
  { name: 'pairs, [Context] before the result, tool results as JSON text', options: { context: 'before', toolResponse: 'text' }, mode: 'pairs' },
  { name: 'single sequence, [Context] dropped', options: { singleSequence: true, context: 'drop' }, mode: 'sequence' },
  { name: 'trl messages', options: { format: 'trl' }, mode: 'trl' },
  { name: 'trl messages, [Context] before, JSON text', options: { format: 'trl', context: 'before', toolResponse: 'text' }, mode: 'trl' },
  { name: 'trl prompt/completion', options: { format: 'trl', promptCompletion: true }, mode: 'trl-prompt-completion' },
];

describe('export: byte-equal with the reference renderer on every example of a default run (all four domains)', function () {
  let source = '';
  const outs: string[] = [];
  const jobs: OracleJob[] = [];

  before(async () => {
    source = await defaultRun();
    for (const v of VARIANTS) {
      const { out, summary } = await exportToTemp(source, v.options);
      expect(summary.files.reduce((n, f) => n + f.dropped_unreadable + f.dropped_special_tokens, 0), v.name).to.equal(0);
      outs.push(out);
      for (const domain of DOMAINS) {
        for (const split of SPLITS) {
          jobs.push({ source: join(source, domain, `${split}.jsonl`), export: outFile(out, domain, split), mode: v.mode, context: v.options.context ?? 'after', tool_response: v.options.toolResponse ?? 'structured' });
        }
      }
    }
  });

  it('every variant: zero mismatches, every example exported, in one python3 process', () => {
    const answers = askReferenceRenderer(jobs);
    answers.forEach((a, i) => {
      expect(a.problems, `${VARIANTS[Math.floor(i / 8)].name}: ${jobs[i].export}`).to.deep.equal([]);
      expect(a.dropped).to.equal(0);
    });
    const examples = answers.slice(0, 8).reduce((n, a) => n + a.examples, 0);
    expect(examples).to.equal(600);
  });

  it('the oracle is not blind: a flipped float spelling, a reordered key and a missing record are each reported', () => {
    const pairs = outFile(outs[0], 'sample-data', 'train');
    const text = readFileSync(pairs, 'utf8');
    expect(text).to.match(/:0\.0[,}]/);
    const flipped = join(outs[0], 'flipped.jsonl');
    writeFileSync(flipped, text.replace(/:0\.0([,}])/, ':0$1'));
    const lines = text.split('\n');
    const missing = join(outs[0], 'missing.jsonl');
    writeFileSync(missing, [...lines.slice(0, 3), ...lines.slice(4)].join('\n'));
    const seq = readFileSync(outFile(outs[1], 'lint', 'train'), 'utf8');
    const reordered = join(outs[1], 'reordered.jsonl');
    writeFileSync(reordered, seq.replace('check_only:true', 'check_only:True'));
    const base = { source: join(source, 'sample-data', 'train.jsonl'), context: 'after' as const, tool_response: 'structured' as const };
    const answers = askReferenceRenderer([
      { ...base, export: flipped, mode: 'pairs' },
      { ...base, export: missing, mode: 'pairs' },
      { ...base, source: join(source, 'lint', 'train.jsonl'), export: reordered, mode: 'sequence' },
    ]);
    for (const a of answers) expect(a.problems).to.not.deep.equal([]);
  });
});
