import { join } from 'node:path';
import { expect } from 'chai';
import type { FunctionGemmaPair, FunctionGemmaSequence, OpenAiRow, TrlPromptCompletionRow } from '../../src/export/records.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { defaultRun } from '../support/default-run.js';
import { exportToTemp, outFile, readRecords } from '../support/export-to-temp.js';
import { askReferenceRenderer } from '../support/functiongemma-oracle.js';
import { copyExample, readSource, writeSource } from '../support/source-examples.js';

// A sample-data example whose first write is refused for a misspelled key: a deliberate mistake,
// out of meta.targets, that must stay in the context but never be learned.
describe('export: learning targets (meta.targets) become pairs, spans and weights', () => {
  let ex: TrainingExample;
  let mistake = 0;
  let file = '';
  before(async () => {
    const dir = await defaultRun();
    const all = ['train.jsonl', 'eval.jsonl'].flatMap((f) => readSource(join(dir, 'sample-data', f)));
    const source = all.find((e) => e.meta.shape === 'malformed-write-retry' && e.meta.tags.includes('refused_unknown_key'))!;
    expect(source, 'a default run has a write refused for a misspelled key').to.not.equal(undefined);
    ex = copyExample(source);
    mistake = ex.messages.findIndex((m, i) => m.role === 'assistant' && !ex.meta.targets.includes(i));
    expect(ex.messages[mistake].tool_calls![0].function.name).to.equal('write_fixture_file');
    file = writeSource([ex], 'sample-data');
  });

  it('functiongemma pairs: one per target; the mistake is in the later prompts, never a completion', async () => {
    const { out } = await exportToTemp(file);
    const pairs = readRecords<FunctionGemmaPair>(outFile(out, 'sample-data', 'train'));
    expect(pairs.map((p) => p.meta.turn)).to.deep.equal(ex.meta.targets);
    const wrongCall = pyArgsText(ex, mistake);
    for (const p of pairs) expect(p.completion).to.not.include(wrongCall);
    expect(pairs[1].prompt).to.include(wrongCall);
    expect(askReferenceRenderer([{ source: file, export: outFile(out, 'sample-data', 'train'), mode: 'pairs', context: 'after', tool_response: 'structured' }])[0].problems).to.deep.equal([]);
  });

  it('functiongemma --single-sequence: spans for the targets only, in order', async () => {
    const { out } = await exportToTemp(file, { singleSequence: true });
    const [seq] = readRecords<FunctionGemmaSequence>(outFile(out, 'sample-data', 'train'));
    expect(seq.spans).to.have.length(ex.meta.targets.length);
    const pieces = seq.spans.map(([s, e]) => [...seq.text].slice(s, e).join(''));
    expect(pieces.every((p) => p.startsWith('<start_function_call>') && p.endsWith('<end_function_call><start_function_response>'))).to.equal(true);
    expect(pieces.join('')).to.not.include(pyArgsText(ex, mistake));
    expect(seq.text).to.include(pyArgsText(ex, mistake));
    expect(askReferenceRenderer([{ source: file, export: outFile(out, 'sample-data', 'train'), mode: 'sequence', context: 'after', tool_response: 'structured' }])[0].problems).to.deep.equal([]);
  });

  it('openai: the non-target assistant turn has "weight": 0, the others no weight', async () => {
    const { out } = await exportToTemp(file, { format: 'openai' });
    const [row] = readRecords<OpenAiRow>(outFile(out, 'sample-data', 'train'));
    const assistants = row.messages.filter((m) => m.role === 'assistant');
    expect(assistants.map((m) => ('weight' in m ? m.weight : 'none'))).to.deep.equal(ex.messages.flatMap((m, i) => (m.role === 'assistant' ? [i === mistake ? 0 : 'none'] : [])));
  });

  it('trl --prompt-completion: a row per target; trl messages: one row (SFTTrainer trains it all)', async () => {
    const { out } = await exportToTemp(file, { format: 'trl', promptCompletion: true });
    const rows = readRecords<TrlPromptCompletionRow>(outFile(out, 'sample-data', 'train'));
    // Every source message before a turn has one template message before it (a [Context] becomes a tool response).
    expect(rows.map((r) => r.prompt.length)).to.deep.equal(ex.meta.targets);
    expect(rows.every((r) => r.completion.length === 1 && r.completion[0].role === 'assistant')).to.equal(true);
    const whole = await exportToTemp(file, { format: 'trl' });
    expect(readRecords(outFile(whole.out, 'sample-data', 'train'))).to.have.length(1);
  });

  it('a file written before meta.targets existed learns from every assistant turn', async () => {
    const old = copyExample(ex) as unknown as { meta: Record<string, unknown> };
    delete old.meta.targets;
    const { out } = await exportToTemp(writeSource([old], 'sample-data'));
    const pairs = readRecords<FunctionGemmaPair>(outFile(out, 'sample-data', 'train'));
    expect(pairs.map((p) => p.meta.turn)).to.deep.equal(ex.messages.flatMap((m, i) => (m.role === 'assistant' ? [i] : [])));
  });
});

/**
 * Rendered text only the mistake contains: the refused write names a key that the retry
 * corrects, written `key:` in the rendered arguments.
 */
function pyArgsText(ex: TrainingExample, i: number): string {
  const onlyHere = ex.messages[i].tool_calls![0].function.arguments.match(/"(\w+)"/g)!.map((k) => k.slice(1, -1)).find((k) => !ex.messages.some((m, j) => j !== i && m.tool_calls?.[0].function.arguments.includes(`"${k}"`)));
  expect(onlyHere, 'a key only the mistake uses').to.be.a('string');
  return `${onlyHere}:`;
}
