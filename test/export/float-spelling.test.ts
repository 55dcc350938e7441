import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { FunctionGemmaSequence } from '../../src/export/records.js';
import { pyDumps } from '../../src/pyjson/dumps.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { defaultRun } from '../support/default-run.js';
import { exportToTemp, outFile, readRecords } from '../support/export-to-temp.js';
import { askReferenceRenderer } from '../support/functiongemma-oracle.js';
import { copyExample, readSource, writeSource } from '../support/source-examples.js';

// The runner writes Python json.dumps: a float keeps its point (1.0, 0.0, 16795.0). JSON.parse
// would make those 1, 0, 16795, and the rendered text would then teach the model other numbers.
describe('export: Python float spelling survives every format', () => {
  let file = '';
  let ex: TrainingExample;
  before(async () => {
    ex = copyExample(readSource(join(await defaultRun(), 'sample-data', 'train.jsonl')).find((e) => e.meta.shape === 'write-fixtures')!);
    // Integral floats and an int beside them, in the arguments and in the tool result.
    const write = ex.messages.find((m) => m.tool_calls?.[0].function.name === 'write_fixture_file')!;
    write.tool_calls![0].function.arguments = '{"fixtures": [{"price": 1.0, "qty": 1, "ratio": 0.0, "big": 1e+16, "tiny": 1e-07, "neg": -0.0}], "format": "json"}';
    const result = ex.messages[ex.messages.indexOf(write) + 1];
    expect(result.role).to.equal('tool');
    result.content = '{"success": true, "path": "fixtures/f_fixtures.json", "took": 2.0, "n": 2}';
    file = writeSource([ex], 'sample-data');
  });

  it('functiongemma: rendered as Python str() writes them, in arguments and tool results', async () => {
    const { out } = await exportToTemp(file, { singleSequence: true });
    const [seq] = readRecords<FunctionGemmaSequence>(outFile(out, 'sample-data', 'train'));
    expect(seq.text).to.include('call:write_fixture_file{fixtures:[{big:1e+16,neg:-0.0,price:1.0,qty:1,ratio:0.0,tiny:1e-07}],format:<escape>json<escape>}');
    expect(seq.text).to.include('n:2,path:<escape>fixtures/f_fixtures.json<escape>,success:true,took:2.0}');
    expect(askReferenceRenderer([{ source: file, export: outFile(out, 'sample-data', 'train'), mode: 'sequence', context: 'after', tool_response: 'structured' }])[0].problems).to.deep.equal([]);
  });

  it('trl: the rows keep 1.0 as a float in the arguments object and the structured result', async () => {
    const { out } = await exportToTemp(file, { format: 'trl' });
    const line = readFileSync(outFile(out, 'sample-data', 'train'), 'utf8');
    expect(line).to.include('"arguments": {"fixtures": [{"price": 1.0, "qty": 1, "ratio": 0.0, "big": 1e+16, "tiny": 1e-07, "neg": -0.0}], "format": "json"}');
    expect(line).to.include('"response": {"success": true, "path": "fixtures/f_fixtures.json", "took": 2.0, "n": 2}');
  });

  it('trl with --tool-response text, and openai: the runner\'s JSON text, byte for byte', async () => {
    for (const options of [{ format: 'trl', toolResponse: 'text' }, { format: 'openai' }] as const) {
      const { out } = await exportToTemp(file, options);
      const line = readFileSync(outFile(out, 'sample-data', 'train'), 'utf8');
      expect(line).to.include(pyDumps('{"success": true, "path": "fixtures/f_fixtures.json", "took": 2.0, "n": 2}'));
    }
    const { out } = await exportToTemp(file, { format: 'openai' });
    expect(readFileSync(outFile(out, 'sample-data', 'train'), 'utf8')).to.include(pyDumps(ex.messages.find((m) => m.tool_calls?.[0].function.name === 'write_fixture_file')!.tool_calls![0].function.arguments));
  });
});
