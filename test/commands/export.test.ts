import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from '@oclif/test';
import { expect } from 'chai';
import type { ExportSummary } from '../../src/export/summary.js';
import { ExportSummarySchema } from '../../src/export/summary.js';
import { FunctionGemmaPairSchema, FunctionGemmaSequenceSchema, OpenAiRowSchema, TrlMessagesRowSchema, TrlPromptCompletionRowSchema } from '../../src/export/records.js';
import { projectRoot } from '../../src/paths.js';
import { pyLoads } from '../../src/pyjson/loads.js';
import { defaultRun } from '../support/default-run.js';
import { tempDir } from '../support/generate-to-temp.js';
import { runCli } from '../support/run-cli.js';
import { readSource, writeSource } from '../support/source-examples.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true }).map(String).sort();
}

/** Fails with exit 2, says each thing, and leaves the output folder without a file. */
function expectFailure(args: string[], mentions: RegExp[]): void {
  const out = join(tempDir(), 'out');
  const r = runCli(['export', ...args, '--out', out]);
  expect(r.status, `exit code for ${args.join(' ')}\n${r.stderr}`).to.equal(2);
  // oclif wraps long messages at the terminal width, continuing each line with " ›   ".
  const stderr = r.stderr.replace(/\s*\n ›\s+/g, ' ');
  for (const m of mentions) expect(stderr, `stderr for ${args.join(' ')}`).to.match(m);
  expect(filesUnder(out), 'files written by a failed export').to.deep.equal([]);
}

describe('trajgen export (command line)', () => {
  let source = '';
  let lintFile = '';
  before(async () => {
    source = await defaultRun();
    lintFile = writeSource(readSource(join(source, 'lint', 'train.jsonl')).slice(0, 6));
  });

  it('--help lists every flag', () => {
    const r = runCli(['export', '--help']);
    expect(r.status).to.equal(0);
    for (const flag of ['--format', '--out', '--context', '--tool-response', '--single-sequence', '--prompt-completion', '--keep-special-tokens', '--json']) expect(r.stdout).to.include(flag);
  });

  it('--json returns the summary (in-process, through oclif), and the files and cards are there', async () => {
    const out = tempDir();
    const { result, error, stdout } = await runCommand<ExportSummary>(['export', source, '--format', 'functiongemma', '--out', out, '--json'], { root: projectRoot() });
    expect(error).to.equal(undefined);
    expect(ExportSummarySchema.parse(JSON.parse(stdout))).to.deep.equal(result);
    expect(result!.files).to.have.length(8);
    expect(result!.files.reduce((n, f) => n + f.exported, 0)).to.equal(600);
    expect(result!.cards).to.have.length(4);
    expect(filesUnder(out)).to.deep.equal(['docstring', 'docstring/README.md', 'docstring/eval.jsonl', 'docstring/train.jsonl', 'lint', 'lint/README.md', 'lint/eval.jsonl', 'lint/train.jsonl', 'sample-data', 'sample-data/README.md', 'sample-data/eval.jsonl', 'sample-data/train.jsonl', 'test', 'test/README.md', 'test/eval.jsonl', 'test/train.jsonl']);
  });

  it('every record of every layout matches its zod schema', async () => {
    const layouts = [
      [['--format', 'functiongemma'], FunctionGemmaPairSchema],
      [['--format', 'functiongemma', '--single-sequence'], FunctionGemmaSequenceSchema],
      [['--format', 'trl'], TrlMessagesRowSchema],
      [['--format', 'trl', '--prompt-completion'], TrlPromptCompletionRowSchema],
      [['--format', 'openai'], OpenAiRowSchema],
    ] as const;
    for (const [flags, schema] of layouts) {
      const out = tempDir();
      const { error } = await runCommand(['export', join(source, 'test'), ...flags, '--out', out, '--json'], { root: projectRoot() });
      expect(error).to.equal(undefined);
      for (const split of ['train', 'eval']) {
        for (const line of readFileSync(join(out, 'test', `${split}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
          const parsed = schema.safeParse(pyLoads(line));
          expect(parsed.success, `${flags.join(' ')}: ${parsed.error?.issues[0]?.message}`).to.equal(true);
        }
      }
    }
  });

  it('prints a human summary and writes one file (end to end, bin/run.js)', () => {
    const out = tempDir();
    const r = runCli(['export', lintFile, '--format', 'openai', '--out', out]);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/export openai: 6 of 6 examples -> 6 rows/);
    expect(r.stdout).to.match(/card {3}.*lint\/README\.md/);
    expect(filesUnder(join(out, 'lint'))).to.deep.equal(['README.md', 'train.jsonl']);
  });

  describe('bad input: exit 2, a message naming the file, line or flag, and no output', () => {
    it('a missing input', () => expectFailure(['/nonexistent/examples', '--format', 'trl'], [/\/nonexistent\/examples: no such file or folder/]));

    it('a folder without trajgen files', () => expectFailure([tempDir(), '--format', 'trl'], [/has no train\.jsonl or eval\.jsonl/]));

    it('a line that is not JSON, after good lines, names the file and line', () => {
      const file = writeSource(readSource(lintFile).slice(0, 2));
      writeFileSync(file, `${readFileSync(file, 'utf8')}{"messages": [oops\n`);
      expectFailure([file, '--format', 'functiongemma'], [/lint\/train\.jsonl:3: not JSON \(expected a value at column 15\)/]);
    });

    it('a line that is not a trajgen example names the file, line and what is wrong', () => {
      const file = writeSource([readSource(lintFile)[0], { messages: [], tools: [] }]);
      expectFailure([file, '--format', 'trl'], [/lint\/train\.jsonl:2: not a trajgen example: messages/]);
    });

    it('a file that mixes domains names the line', () => {
      const [a] = readSource(lintFile);
      const b = readSource(join(source, 'test', 'eval.jsonl'))[0];
      expectFailure([writeSource([a, b]), '--format', 'trl'], [/lint\/train\.jsonl:2: meta\.domain is test, but earlier lines are lint/]);
    });

    it('flags that do not go together name the flag', () => {
      expectFailure([lintFile, '--format', 'trl', '--single-sequence'], [/--single-sequence applies to --format functiongemma only/]);
      expectFailure([lintFile, '--format', 'openai', '--prompt-completion'], [/--prompt-completion applies to --format trl only/]);
      expectFailure([lintFile, '--format', 'openai', '--context', 'before'], [/--context before cannot be written in the openai format/]);
      expectFailure([lintFile, '--format', 'xml'], [/--format/, /functiongemma, trl, openai/]);
    });

    it('an --out that would overwrite the input is refused', () => {
      const root = join(lintFile, '..', '..');
      const before = readFileSync(lintFile, 'utf8');
      const r = runCli(['export', root, '--format', 'trl', '--out', root]);
      expect(r.status).to.equal(2);
      expect(r.stderr).to.match(/would overwrite this input file/);
      expect(readFileSync(lintFile, 'utf8')).to.equal(before);
      expect(filesUnder(root)).to.deep.equal(['lint', 'lint/train.jsonl']);
    });
  });
});
