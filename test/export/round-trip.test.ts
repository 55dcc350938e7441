import { join } from 'node:path';
import { expect } from 'chai';
import { renderConversation } from '../../src/export/functiongemma/render.js';
import type { FunctionGemmaPair, FunctionGemmaSequence } from '../../src/export/records.js';
import { checkCompletion, checkRoundTrip } from '../../src/export/round-trip.js';
import { toTemplateMessages } from '../../src/export/to-template-messages.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { defaultRun } from '../support/default-run.js';
import { exportToTemp, outFile, readRecords } from '../support/export-to-temp.js';
import { readSource } from '../support/source-examples.js';

const FILES = ['lint', 'test', 'docstring', 'sample-data'].flatMap((d) => ['train', 'eval'].map((s) => [d, s] as const));
const OPTS = { context: 'after', toolResponse: 'structured' } as const;

describe('export: every functiongemma example of a default run parses back to its source', () => {
  let source = '';
  before(async () => {
    source = await defaultRun();
  });

  it('pairs: the last pair is the whole conversation and reads back; every completion reads back as its call', async () => {
    const { out } = await exportToTemp(source);
    let examples = 0;
    let pairs = 0;
    const failures: string[] = [];
    for (const [domain, split] of FILES) {
      const sources = readSource(join(source, domain, `${split}.jsonl`));
      const records = readRecords<FunctionGemmaPair>(outFile(out, domain, split));
      sources.forEach((ex, i) => {
        const mine = records.filter((r) => r.meta.line === i + 1);
        expect(mine.map((r) => r.meta.turn)).to.deep.equal(ex.meta.targets);
        const last = mine[mine.length - 1];
        const problem = checkRoundTrip(last.prompt + last.completion, ex, OPTS) ?? mine.map((r) => checkCompletion(r.completion, ex, r.meta.turn!)).find(Boolean);
        if (problem) failures.push(`${domain}/${split}:${i + 1}: ${problem}`);
        examples++;
        pairs += mine.length;
      });
    }
    expect(failures).to.deep.equal([]);
    expect(examples).to.equal(600);
    expect(pairs).to.be.greaterThan(examples * 2);
  });

  it('single sequence: the text reads back, and each span is exactly one target call', async () => {
    const { out } = await exportToTemp(source, { singleSequence: true });
    const failures: string[] = [];
    for (const [domain, split] of FILES) {
      const sources = readSource(join(source, domain, `${split}.jsonl`));
      const records = readRecords<FunctionGemmaSequence>(outFile(out, domain, split));
      expect(records.length).to.equal(sources.length);
      records.forEach((r, i) => {
        const ex = sources[i];
        // Spans count code points (Python string indices), so slice by code points.
        const problem = checkRoundTrip(r.text, ex, OPTS) ?? r.spans.map(([s, e], k) => checkCompletion([...r.text].slice(s, e).join(''), ex, ex.meta.targets[k])).find(Boolean);
        if (problem) failures.push(`${domain}/${split}:${i + 1}: ${problem}`);
      });
    }
    expect(failures).to.deep.equal([]);
  });

  describe('the check is not blind: a rendering that says something else is caught', () => {
    let ex: TrainingExample;
    let text = '';
    before(() => {
      // A conversation that writes YAML fixtures holding a float 0.0, so every mutation below has something to change.
      const all = ['train', 'eval'].flatMap((split) => readSource(join(source, 'sample-data', `${split}.jsonl`)));
      const rendered = all.map((e) => ({ e, t: renderConversation(toTemplateMessages(e, OPTS).messages, e.tools) }));
      const hit = rendered.find(({ t }) => t.includes('format:<escape>yaml<escape>') && /:0\.0[,}]/.test(t) && t.includes('success:true'));
      expect(hit, 'a default run has a YAML write with a float 0.0').to.not.equal(undefined);
      ({ e: ex, t: text } = hit!);
      expect(checkRoundTrip(text, ex, OPTS)).to.equal(null);
    });

    const CASES: [string, (t: string) => string, RegExp][] = [
      ['a float written as an int', (t) => t.replace(/:0\.0([,}])/, ':0$1'), /expected model turn calling write_fixture_file/],
      ['an argument value changed', (t) => t.replace('format:<escape>yaml<escape>', 'format:<escape>json<escape>'), /write_fixture_file/],
      ['a tool result changed', (t) => t.replace('success:true', 'success:false'), /response write_fixture_file/],
      ['the [Context] response moved before the result', (t) => t.replace(/(<start_function_response>response:analyze_signature\{.*?<end_function_response>)(<start_function_response>response:context\{.*?<end_function_response>)/s, '$2$1'), /expected response analyze_signature/],
      ['a [Context] text changed', (t) => t.replace('response:context{value:<escape>[', 'response:context{value:<escape> ['), /response context/],
      ['a tool declaration missing', (t) => t.replace(/<start_function_declaration>declaration:analyze_signature.*?<end_function_declaration>/s, ''), /declared tools/],
      ['the stop after submit_result missing', (t) => t.slice(0, -'<start_function_response>'.length), /does not end awaiting/],
      ['a control token inside a string', (t) => t.replace('format:<escape>yaml', 'format:<escape>ya<escape>ml'), /does not parse back|write_fixture_file/],
    ];
    for (const [name, mutate, message] of CASES) {
      it(name, () => {
        const mutated = mutate(text);
        expect(mutated, 'the mutation applies').to.not.equal(text);
        expect(checkRoundTrip(mutated, ex, OPTS)).to.match(message);
      });
    }
  });
});
