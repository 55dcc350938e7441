import { mkdirSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@oclif/test';
import { expect } from 'chai';
import { lineCount } from '../../src/domains/lint/pieces.js';
import { projectPath, projectRoot } from '../../src/paths.js';
import { tempDir } from '../support/generate-to-temp.js';
import { runCli } from '../support/run-cli.js';

const LINT_YAML = readFileSync(projectPath('rules/lint/subagent.yaml'), 'utf8');

/** Every output file under out/, so a failed run can be shown to have written nothing. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

function expectFailure(args: string[], mentions: RegExp[], out = tempDir()): void {
  const r = runCli([...args, '--out', out]);
  expect(r.status, `exit code for ${args.join(' ')}\n${r.stderr}`).to.equal(2);
  for (const m of mentions) expect(r.stderr, `stderr for ${args.join(' ')}`).to.match(m);
  expect(filesUnder(out).filter((f) => f.endsWith('.jsonl') || f.includes('.tmp')), 'files written by a failed run').to.deep.equal([]);
}

describe('trajgen lint (command line)', function () {
  it('--help lists every flag with its default', () => {
    const r = runCli(['lint', '--help']);
    expect(r.status).to.equal(0);
    for (const flag of ['--count', '--split', '--seed', '--out', '--fixtures', '--definition', '--strict', '--json']) expect(r.stdout).to.include(flag);
    expect(r.stdout).to.match(/default: 200/);
  });

  it('--json returns the summary (in-process, through oclif)', async () => {
    const out = tempDir();
    const { result, error } = await runCommand<{ train: number; eval: number; per_shape: Record<string, number> }>(['lint', '--count', '12', '--split', '0.75', '--out', out, '--json'], { root: projectRoot() });
    expect(error).to.equal(undefined);
    expect([result!.train, result!.eval]).to.deep.equal([9, 3]);
    expect(Object.values(result!.per_shape).reduce((a, b) => a + b, 0)).to.equal(12);
  });

  it('prints a human summary: the shape mix declared against written, mistakes, per rule, calls histogram, eval files', () => {
    const out = tempDir();
    const r = runCli(['lint', '--count', '20', '--out', out]);
    expect(r.status, r.stderr).to.equal(0);
    for (const heading of ['shape mix (declared in rules/lint/shapes.yaml vs written):', 'with a deliberate mistake (not learned):', 'per rule:', 'tool calls per example', 'eval files:', 'edge categories in eval:']) expect(r.stdout).to.include(heading);
    expect(r.stdout).to.match(/\n {4}fix-each +\d+\.\d% +\d+\.\d% +\d+\n/);
  });

  it('--max-lines: every example shows at most that many lines, the pieces reaching the workers too', () => {
    const fixtures = tempDir();
    for (const f of ['pystdlib/graphlib.py', 'werkzeug/urls.py', 'pystdlib/genericpath.py', 'pystdlib/reprlib.py']) writeFileSync(join(fixtures, f.split('/')[1]), readFileSync(projectPath('fixtures', 'real', f)));
    const lines = (workers: string) => {
      const out = tempDir();
      const r = runCli(['lint', '--fixtures', fixtures, '--max-lines', '90', '--count', '20', '--workers', workers, '--out', out]);
      expect(r.status, r.stderr).to.equal(0);
      const text = readFileSync(join(out, 'lint', 'train.jsonl'), 'utf8');
      // The prompt's code block ends with a newline of the template's own.
      const shown = text.trim().split('\n').map((l) => JSON.parse(l).messages[1].content as string).map((c) => /```python\n([\s\S]*)\n```/.exec(c)![1]);
      return { text, most: Math.max(...shown.map(lineCount)) };
    };
    const one = lines('0');
    expect(one.most).to.be.at.most(90).and.greaterThan(40);
    expect(lines('1').text).to.equal(one.text);
  });

  describe('bad input: a clear error and no output file', () => {
    it('--count 0 and --count abc name the flag', () => {
      expectFailure(['lint', '--count', '0'], [/--count/, /"0"/]);
      expectFailure(['lint', '--count', 'abc'], [/--count/, /"abc"/]);
    });

    it('--max-lines 10 and --max-lines x name the flag and the allowed range', () => {
      expectFailure(['lint', '--max-lines', '10'], [/--max-lines/, /"10"/, /20 to 5000/]);
      expectFailure(['lint', '--max-lines', 'x'], [/--max-lines/, /"x"/]);
    });

    it('--split 0 and --split 1.5 name the flag and the allowed range', () => {
      expectFailure(['lint', '--split', '0'], [/--split/, /\(0, 1\]/]);
      expectFailure(['lint', '--split', '1.5'], [/--split/, /"1\.5"/]);
    });

    it('an unwritable --out names the folder', () => {
      const file = join(tempDir(), 'not-a-folder');
      writeFileSync(file, 'x');
      const r = runCli(['lint', '--count', '5', '--out', join(file, 'out')]);
      expect(r.status).to.equal(2);
      expect(r.stderr).to.match(/cannot write to .*not-a-folder/);
    });

    it('malformed YAML names the file and line', () => {
      const dir = tempDir();
      const def = join(dir, 'broken.yaml');
      writeFileSync(def, LINT_YAML.replace('max_turns: 20', 'max_turns: [20'));
      expectFailure(['lint', '--definition', def, '--count', '5'], [/broken\.yaml/, /line \d+/, /malformed YAML/]);
    });

    it('a definition without submit_result names the file and the tools field', () => {
      const dir = tempDir();
      const def = join(dir, 'nosubmit.yaml');
      writeFileSync(def, LINT_YAML.slice(0, LINT_YAML.indexOf('  - name: submit_result')));
      expectFailure(['lint', '--definition', def, '--count', '5'], [/nosubmit\.yaml/, /tools/, /submit_result/]);
    });

    it('a parameters schema that is not an object names the tool', () => {
      const dir = tempDir();
      const def = join(dir, 'arrayparams.yaml');
      writeFileSync(def, LINT_YAML.replace('      type: object\n      properties:\n        issue_code:', '      type: array\n      properties:\n        issue_code:'));
      expectFailure(['lint', '--definition', def, '--count', '5'], [/arrayparams\.yaml/, /apply_fix/, /parameters/, /type: object/]);
    });

    it('an empty fixtures folder says so', () => {
      expectFailure(['lint', '--fixtures', tempDir(), '--count', '5'], [/no \.py files/]);
    });

    it('a fixture with a syntax error fails under --strict naming file and line, and is skipped with a warning otherwise', () => {
      const fx = tempDir();
      for (const f of ['inventory_service.py', 'event_bus.py', 'unit_converter.py']) writeFileSync(join(fx, f), readFileSync(projectPath('fixtures/lint', f), 'utf8'));
      writeFileSync(join(fx, 'broken.py'), 'import os\n\n\ndef f(:\n    return os.sep\n');
      expectFailure(['lint', '--fixtures', fx, '--count', '5', '--strict'], [/broken\.py:4/, /syntax error/]);
      const out = tempDir();
      const r = runCli(['lint', '--fixtures', fx, '--count', '5', '--out', out]);
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stderr).to.match(/broken\.py:4/);
      expect(r.stderr).to.match(/skipped/);
    });

    it('a --count the fixtures cannot reach says how many they can give, and leaves earlier output untouched', () => {
      const fx = tempDir();
      writeFileSync(join(fx, 'tiny.py'), 'def f(x):\n    return x\n');
      writeFileSync(join(fx, 'other.py'), 'import os\n\n\ndef g():\n    return os.sep\n');
      const out = tempDir();
      mkdirSync(join(out, 'lint'));
      writeFileSync(join(out, 'lint', 'train.jsonl'), 'earlier run\n');
      const r = runCli(['lint', '--fixtures', fx, '--count', '5000', '--out', out]);
      expect(r.status).to.equal(2);
      expect(r.stderr.replace(/\s*›\s*/g, ' ')).to.match(/can give only \d+|holds only up to --count \d+/);
      expect(readFileSync(join(out, 'lint', 'train.jsonl'), 'utf8')).to.equal('earlier run\n');
      expect(filesUnder(join(out, 'lint'))).to.deep.equal(['train.jsonl']);
    });
  });
});
