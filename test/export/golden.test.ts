import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { ExportOptions } from '../../src/export/options.js';
import type { FunctionGemmaSequence } from '../../src/export/records.js';
import { projectPath } from '../../src/paths.js';
import { exportToTemp, outFile, readRecords } from '../support/export-to-temp.js';
import { askReferenceRenderer } from '../support/functiongemma-oracle.js';
import { copyExample, readSource, writeSource } from '../support/source-examples.js';

// UPDATE_GOLDEN=1 rewrites the golden files from the current output (then read them by eye).
// The input is the recorder's golden conversation: two [Context] messages on one call, floats
// (2.0, 0.5) in results and arguments, non-ASCII text.
const SESSION = projectPath('test/record/golden/session.jsonl');
const LAYOUTS: [string, Partial<ExportOptions>][] = [
  ['functiongemma-pairs', {}],
  ['functiongemma-sequence', { singleSequence: true }],
  ['trl-messages', { format: 'trl' }],
  ['trl-prompt-completion', { format: 'trl', promptCompletion: true }],
  ['openai', { format: 'openai' }],
];

describe('export: output stays byte-stable (golden files)', () => {
  for (const [name, options] of LAYOUTS) {
    it(name, async () => {
      const golden = projectPath('test/export/golden', `${name}.jsonl`);
      const { out } = await exportToTemp(writeSource(readSource(SESSION)), options);
      const actual = readFileSync(outFile(out, 'lint', 'train'), 'utf8');
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
      expect(actual).to.equal(readFileSync(golden, 'utf8'));
    });
  }

  it('spans are Python string indices: right after a character outside the BMP, checked by Python slicing', async () => {
    const [ex] = readSource(SESSION);
    const astral = copyExample(ex);
    astral.messages[1].content = `😀 ${astral.messages[1].content} 𝄞`;
    const file = writeSource([ex, astral]);
    const { out } = await exportToTemp(file, { singleSequence: true });
    const [plain, shifted] = readRecords<FunctionGemmaSequence>(outFile(out, 'lint', 'train'));
    // Two astral characters and two spaces more before every span, counted once each.
    expect(shifted.spans.map(([s, e]) => [s - 4, e - 4])).to.deep.equal(plain.spans);
    expect(askReferenceRenderer([{ source: file, export: join(out, 'lint', 'train.jsonl'), mode: 'sequence', context: 'after', tool_response: 'structured' }])[0].problems).to.deep.equal([]);
  });
});
