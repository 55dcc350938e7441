import { join } from 'node:path';
import { expect } from 'chai';
import type { FunctionGemmaSequence, OpenAiRow, TrlMessagesRow } from '../../src/export/records.js';
import { runExport } from '../../src/export/run-export.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { defaultRun } from '../support/default-run.js';
import { DEFAULT_OPTIONS, exportToTemp, outFile, readRecords } from '../support/export-to-temp.js';
import { tempDir } from '../support/generate-to-temp.js';
import { readSource, writeSource } from '../support/source-examples.js';

// A lint example: run_linter's result is preceded, in the runner's order, by the ruff_config [Context] message.
describe('export: [Context] placement (--context after|before|drop)', () => {
  let ex: TrainingExample;
  let file = '';
  let config = '';
  before(async () => {
    ex = readSource(join(await defaultRun(), 'lint', 'train.jsonl')).find((e) => e.messages[3]?.content?.startsWith('[Context] '))!;
    config = ex.messages[3].content!.slice('[Context] '.length);
    file = writeSource([ex]);
  });

  const text = async (context: 'after' | 'before' | 'drop') => {
    const { out } = await exportToTemp(file, { singleSequence: true, context });
    return readRecords<FunctionGemmaSequence>(outFile(out, 'lint', 'train'))[0].text;
  };

  it('after (default): a `context` tool response right after the tool\'s own result, its text unchanged', async () => {
    const t = await text('after');
    const result = t.indexOf('<start_function_response>response:run_linter{');
    const context = t.indexOf(`<start_function_response>response:context{value:<escape>${config}<escape>}<end_function_response>`);
    expect(result).to.be.greaterThan(0);
    expect(context).to.be.greaterThan(result);
    expect(t.slice(result, context)).to.match(/<end_function_response>$/);
    // The system prompt may mention [Context]; the conversation itself no longer has such a message.
    expect(t.slice(t.indexOf('<start_of_turn>user'))).to.not.include('[Context] ');
  });

  it('before: the same response, in the runner\'s order (before the result)', async () => {
    const t = await text('before');
    const context = t.indexOf(`response:context{value:<escape>${config}<escape>}`);
    expect(context).to.be.greaterThan(0);
    expect(context).to.be.lessThan(t.indexOf('response:run_linter{'));
    expect(t.slice(0, context)).to.match(/<end_function_call><start_function_response>$/);
  });

  it('drop: no trace of the text', async () => {
    const t = await text('drop');
    expect(t).to.not.include('response:context');
    expect(t).to.not.include(config.split('\n')[0]);
  });

  it('trl rows carry the same placement as tool messages named "context"', async () => {
    const { out } = await exportToTemp(file, { format: 'trl' });
    const [row] = readRecords<TrlMessagesRow>(outFile(out, 'lint', 'train'));
    expect(row.messages.slice(2, 5).map((m) => [m.role, 'name' in m ? m.name : null])).to.deep.equal([
      ['assistant', null],
      ['tool', 'run_linter'],
      ['tool', 'context'],
    ]);
    expect(row.messages[4]).to.deep.equal({ role: 'tool', name: 'context', content: [{ name: 'context', response: config }] });
  });

  it('openai: a user message after the tool result (a result must follow its call there); before is refused', async () => {
    const { out } = await exportToTemp(file, { format: 'openai' });
    const [row] = readRecords<OpenAiRow>(outFile(out, 'lint', 'train'));
    expect(row.messages.slice(2, 5).map((m) => m.role)).to.deep.equal(['assistant', 'tool', 'user']);
    expect(row.messages[4]).to.deep.equal({ role: 'user', content: `[Context] ${config}` });
    let error: Error | null = null;
    try {
      await runExport({ input: file, outDir: tempDir(), options: { ...DEFAULT_OPTIONS, format: 'openai', context: 'before' } });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.match(/--context before cannot be written in the openai format/);
  });

  it('a tool already named "context" is refused with the file and line, unless [Context] is dropped', async () => {
    const clash = readSource(file)[0];
    clash.tools = [...clash.tools, { type: 'function', function: { name: 'context', description: 'x', parameters: { type: 'object', properties: {} }, strict: true } }];
    const bad = writeSource([clash]);
    let error: Error | null = null;
    try {
      await exportToTemp(bad);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.match(/lint\/train\.jsonl:1: a tool is named "context"/);
    const { summary } = await exportToTemp(bad, { context: 'drop' });
    expect(summary.files[0].exported).to.equal(1);
  });
});
