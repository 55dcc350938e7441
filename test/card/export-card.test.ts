import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { writeExportCards } from '../../src/card/write-export-cards.js';
import { runExport } from '../../src/export/run-export.js';
import type { ExportOptions } from '../../src/export/options.js';
import { projectPath } from '../../src/paths.js';
import { DEFAULT_OPTIONS } from '../support/export-to-temp.js';
import { tempDir } from '../support/generate-to-temp.js';
import { readSource, writeSource } from '../support/source-examples.js';

async function card(options: Partial<ExportOptions>, argv: string[]): Promise<string> {
  const input = writeSource(readSource(projectPath('test/record/golden/session.jsonl')));
  const out = tempDir();
  const { summary, domains } = await runExport({ input, outDir: out, options: { ...DEFAULT_OPTIONS, ...options } });
  const [path] = writeExportCards(summary, domains, out, 'export', argv);
  expect(path).to.equal(join(out, 'lint', 'README.md'));
  return readFileSync(path, 'utf8');
}

describe('card: the dataset card of an export', () => {
  it('says what the data is, the generator, the command, seeds, counts, mix, fixture folder, checks and how to load it', async () => {
    const text = await card({}, ['in', '--format', 'functiongemma', '--out', 'my dir']);
    expect(text).to.match(/^# trajgen lint dataset, exported for fine-tuning \(functiongemma\)/);
    expect(text).to.include('one prompt/completion pair per learning-target turn');
    expect(text).to.match(/\| generator \| trajgen \d+\.\d+\.\d+ \|/);
    expect(text).to.include("| command | `trajgen export in --format functiongemma --out 'my dir'` |");
    expect(text).to.include('| seed(s) of the source examples | 7 |');
    expect(text).to.include("| [Context] messages | a `context` tool response after the tool's own |");
    expect(text).to.match(/\| train \| 1 \| 1 \| 3 \| 0 \|/);
    expect(text).to.include('| probe | 1 |');
    expect(text).to.include('`fixtures/probe`: no SOURCES.md or LICENSE');
    expect(text).to.include('was read back from its rendered text and matched its source');
    expect(text).to.include('removeprefix("<bos>")');
  });

  it('each layout names its own loading recipe', async () => {
    expect(await card({ singleSequence: true }, [])).to.include('return_offsets_mapping=True');
    expect(await card({ format: 'trl' }, [])).to.include('`tools` is a JSON string');
    expect(await card({ format: 'trl', promptCompletion: true }, [])).to.include('One conversational prompt/completion row per learning-target turn');
    expect(await card({ format: 'openai' }, [])).to.include('"weight": 0');
  });
});
