import { join } from 'node:path';
import { expect } from 'chai';
import { CONTROL_TOKENS } from '../../src/export/functiongemma/tokens.js';
import { findControlToken } from '../../src/export/control-tokens.js';
import { toTemplateMessages } from '../../src/export/to-template-messages.js';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { pyLoads } from '../../src/pyjson/loads.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { defaultRun } from '../support/default-run.js';
import { exportToTemp, outFile, readRecords } from '../support/export-to-temp.js';
import { copyExample, readSource, writeSource } from '../support/source-examples.js';

const OPTS = { context: 'after', toolResponse: 'structured' } as const;

describe('export: examples whose data holds a FunctionGemma control token', () => {
  let docstring: TrainingExample[];
  before(async () => {
    docstring = readSource(join(await defaultRun(), 'docstring', 'train.jsonl'));
  });

  const writing = () => docstring.find((e) => e.messages.some((m) => m.tool_calls?.[0].function.name === 'write_docstring'))!;
  const reading = () => docstring.find((e) => e.messages.some((m) => m.role === 'tool' && m.content!.includes('"docstring": "')))!;

  function inCode(token: string): TrainingExample {
    const ex = copyExample(docstring[0]);
    ex.messages[1].content = ex.messages[1].content!.replace('```python\n', `\`\`\`python\n# see ${token} here\n`);
    return ex;
  }
  function inDocstringArgument(token: string): TrainingExample {
    const ex = copyExample(writing());
    const m = ex.messages.find((x) => x.tool_calls?.[0].function.name === 'write_docstring')!;
    const args = pyLoads(m.tool_calls![0].function.arguments) as { docstring: string };
    args.docstring = `Return ${token} marker.\n\n${args.docstring}`;
    m.tool_calls![0].function.arguments = pyDumps(args);
    return ex;
  }
  function inToolResult(token: string): TrainingExample {
    const ex = copyExample(reading());
    const m = ex.messages.find((x) => x.role === 'tool' && x.content!.includes('"docstring": "'))!;
    m.content = m.content!.replace('"docstring": "', `"docstring": "${token} `);
    return ex;
  }

  it('finds each of the thirteen control tokens, and says where', () => {
    for (const token of CONTROL_TOKENS) {
      for (const [make, where] of [
        [inCode, /the node context \(message 1\)/],
        [inDocstringArgument, /the arguments of write_docstring \(message \d+\)/],
        [inToolResult, /the result of read_current_docstring \(message \d+\)/],
      ] as const) {
        const ex = make(token);
        const hit = findControlToken(ex, toTemplateMessages(ex, OPTS));
        expect(hit?.token, `${token} via ${make.name}`).to.equal(token);
        expect(hit?.where).to.match(where);
      }
    }
    const clean = copyExample(docstring[0]);
    expect(findControlToken(clean, toTemplateMessages(clean, OPTS))).to.equal(null);
  });

  it('a look-alike is not a control token: <escaped>, < escape>, <Escape>', () => {
    const ex = inCode('<escaped> < escape> <Escape> <start_function_call');
    expect(findControlToken(ex, toTemplateMessages(ex, OPTS))).to.equal(null);
  });

  it('by default drops them, counts them, and warns naming the file and line of each', async () => {
    const file = writeSource([docstring[0], inCode('<escape>'), docstring[1], inDocstringArgument('<start_function_call>'), inToolResult('<start_of_turn>')], 'docstring');
    for (const format of ['functiongemma', 'trl', 'openai'] as const) {
      const { out, summary, warnings } = await exportToTemp(file, { format });
      expect(summary.files[0]).to.include({ examples: 5, exported: 2, dropped_special_tokens: 3 });
      expect(warnings).to.have.length(3);
      expect(warnings[0]).to.match(/docstring\/train\.jsonl:2: <escape> in the node context \(message 1\) would be read as a control token; dropped/);
      expect(warnings[1]).to.match(/docstring\/train\.jsonl:4: <start_function_call> in the arguments of write_docstring/);
      expect(warnings[2]).to.match(/docstring\/train\.jsonl:5: <start_of_turn> in the result of read_current_docstring/);
      const lines = readRecords<{ meta?: { line: number } }>(outFile(out, 'docstring', 'train'));
      if (format === 'functiongemma') expect([...new Set(lines.map((r) => r.meta!.line))]).to.deep.equal([1, 3]);
      else expect(lines).to.have.length(2);
    }
  });

  it('--keep-special-tokens keeps them (they are written, and do not read back)', async () => {
    const file = writeSource([inCode('<escape>'), inToolResult('<end_of_turn>')], 'docstring');
    const { summary, warnings } = await exportToTemp(file, { keepSpecialTokens: true, singleSequence: true });
    expect(summary.files[0]).to.include({ exported: 2, dropped_special_tokens: 0, dropped_unreadable: 0 });
    expect(warnings).to.deep.equal([]);
  });
});
