import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@oclif/test';
import { expect } from 'chai';
import { fixtureSources } from '../../src/card/fixture-sources.js';
import { generateCard } from '../../src/card/generate-card.js';
import type { Summary } from '../../src/generate/summary.js';
import { projectPath, projectRoot } from '../../src/paths.js';
import { tempDir } from '../support/generate-to-temp.js';

// UPDATE_GOLDEN=1 rewrites the golden card from the current output (then read it by eye).
const GOLDEN = projectPath('test/card/golden/generate-card.md');

const SUMMARY: Summary = {
  domain: 'docstring',
  seed: 7,
  count: 10,
  train: 8,
  eval: 2,
  files: { train: 'data/docstring/train.jsonl', eval: 'data/docstring/eval.jsonl' },
  shapes_file: 'rules/docstring/shapes.yaml',
  sources: { found: 5, used: 4, skipped: { 'syntax error': 1 } },
  units: { found: 12, used: 9, skipped: { 'no docstring to harvest': 3 } },
  distinct_code_per_1000: 800,
  mix: { add: { declared: 0.4, actual: 0.4, count: 4 }, update: { declared: 0.4, actual: 0.3, count: 3 }, skip: { declared: 0.2, actual: 0.3, count: 3 } },
  mistakes: { examples: 0, share: 0 },
  per_rule: { 'missing-docstring': 6, 'wrong-style': 4 },
  per_shape: { add: 4, update: 3, skip: 3 },
  calls_per_example: { '1': 3, '3': 7 },
  eval_categories: { decorated: 1, async: 1 },
  eval_units: ['fixtures/docstring/a.py::f', 'fixtures/docstring/a.py::g'],
  eval_files: ['fixtures/docstring/a.py'],
  warnings: ['fixtures/docstring/broken.py:4: syntax error; skipped'],
  seconds: 1.25,
};

describe('card: the dataset card of a generate run', () => {
  it('matches the golden card, and reads only the Summary fields it knows (an extra field changes nothing)', () => {
    const ctx = { version: 'trajgen 0.1.0', commandLine: 'trajgen docstring --count 10 --seed 7 --out data', fixtures: [{ folder: 'fixtures/docstring', notes: [] }], definition: 'rules/docstring/subagent.yaml' };
    const card = generateCard(SUMMARY, ctx);
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, card);
    expect(card).to.equal(readFileSync(GOLDEN, 'utf8'));
    const later = { ...SUMMARY, dropped_duplicates: 4, per_domain_extra: { a: 1 } } as Summary;
    expect(generateCard(later, ctx)).to.equal(card);
  });

  it('cites a SOURCES.md and a LICENSE that sit in the fixtures folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'SOURCES.md'), 'from x');
    writeFileSync(join(dir, 'LICENSE'), 'MIT');
    writeFileSync(join(dir, 'code.py'), 'x = 1\n');
    const card = generateCard(SUMMARY, { version: 'v', commandLine: 'c', fixtures: fixtureSources([dir]), definition: 'd' });
    expect(card).to.include(`sources and license in \`${dir}/LICENSE\`, \`${dir}/SOURCES.md\``);
    expect(generateCard(SUMMARY, { version: 'v', commandLine: 'c', fixtures: fixtureSources([tempDir()]), definition: 'd' })).to.include('no SOURCES.md or LICENSE in the folder');
  });

  it('trajgen lint writes <out>/lint/README.md atomically, with the command line, seed, counts and mix, and names it in --json', async () => {
    const out = tempDir();
    const { result, error } = await runCommand<Summary & { card: string }>(['lint', '--count', '12', '--split', '0.75', '--seed', '3', '--out', out, '--json'], { root: projectRoot() });
    expect(error).to.equal(undefined);
    const path = join(out, 'lint', 'README.md');
    expect(result!.card).to.equal(path);
    const card = readFileSync(path, 'utf8');
    expect(card).to.include(`| command | \`trajgen lint --count 12 --split 0.75 --seed 3 --out ${out} --json\` |`);
    expect(card).to.include('| seed | 3 |');
    expect(card).to.include('| train | 9 | `train.jsonl` |');
    expect(card).to.include('`fixtures/lint`');
    expect(card).to.include('load_dataset("json"');
    for (const shape of Object.keys(result!.per_shape)) expect(card).to.include(`| ${shape} |`);
    expect(readdirSync(join(out, 'lint')).sort()).to.deep.equal(['README.md', 'eval.jsonl', 'train.jsonl']);
  });

  it('a failed run writes no card', async () => {
    const out = tempDir();
    const { error } = await runCommand(['lint', '--fixtures', tempDir(), '--count', '5', '--out', out], { root: projectRoot() });
    expect(error?.message).to.match(/no \.py files/);
    expect(existsSync(join(out, 'lint', 'README.md'))).to.equal(false);
  });
});
