import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/paths.js';
import { checkExample } from '../../src/record/check-example.js';
import type { TrainingExample } from '../../src/schema/conversation.js';

// The good example is the recorder's golden line (test/record/golden/session.jsonl):
// system, user, call_0 inspect + 2 [Context] + tool, call_1 adjust + tool, call_2 submit_result.
const good = (): TrainingExample => JSON.parse(readFileSync(projectPath('test/record/golden/session.jsonl'), 'utf8')) as TrainingExample;

function problemsAfter(change: (ex: TrainingExample) => void): string[] {
  const ex = good();
  change(ex);
  return checkExample(ex);
}

const some = (problems: string[], pattern: RegExp) => expect(problems.some((p) => pattern.test(p)), JSON.stringify(problems)).to.equal(true);

describe('record/check-example', () => {
  it('accepts the well-formed example', () => {
    const ex = good();
    expect(ex.messages.map((m) => m.role).join(' ')).to.equal('system user assistant user user tool assistant tool assistant');
    expect(checkExample(ex)).to.deep.equal([]);
  });

  it('wrong id order', () => {
    some(
      problemsAfter((ex) => {
        ex.messages[6].tool_calls![0].id = 'call_2';
        ex.messages[7].tool_call_id = 'call_2';
      }),
      /message 6: expected id call_1, found call_2/,
    );
  });

  it('ids not counting from call_0', () => {
    some(problemsAfter((ex) => {
      ex.messages[2].tool_calls![0].id = 'call_1';
      ex.messages[5].tool_call_id = 'call_1';
    }), /expected id call_0, found call_1/);
  });

  it('a missing tool result', () => {
    some(problemsAfter((ex) => ex.messages.splice(7, 1)), /call call_1 has no tool result/);
  });

  it('a tool result answering another call', () => {
    some(problemsAfter((ex) => (ex.messages[7].tool_call_id = 'call_0')), /tool result for call_0, expected call_1/);
  });

  it('[Context] after the tool result instead of before it', () => {
    some(problemsAfter((ex) => ex.messages.splice(5, 0, ex.messages.splice(4, 1)[0])), /a user message here must be a \[Context\] message after a call/);
  });

  it('[Context] in place of the rendered node_context', () => {
    some(problemsAfter((ex) => (ex.messages[1].content = '[Context] x')), /message 1 must be the rendered node_context/);
  });

  it('a user message after a call that is not [Context]', () => {
    some(problemsAfter((ex) => (ex.messages[3].content = 'keep it small')), /message 3: a user message here must be a \[Context\]/);
  });

  it('not ending with submit_result', () => {
    some(problemsAfter((ex) => ex.messages.pop()), /must end with the submit_result call/);
  });

  it('something after submit_result', () => {
    some(problemsAfter((ex) => ex.messages.push({ ...ex.messages[7], tool_call_id: 'call_2' })), /submit_result must be the last message/);
  });

  it('an extra key on a message', () => {
    some(problemsAfter((ex) => Object.assign(ex.messages[3], { name: 'notes' })), /^messages\.3: .*name/);
  });

  it('a missing key on a message', () => {
    some(problemsAfter((ex) => delete (ex.messages[0] as Partial<TrainingExample['messages'][0]>).tool_call_id), /^messages\.0\.tool_call_id/);
  });

  it('non-JSON arguments', () => {
    some(problemsAfter((ex) => (ex.messages[2].tool_calls![0].function.arguments = '{"target": ')), /message 2: arguments are not JSON/);
  });

  it('arguments that are JSON but not an object', () => {
    some(problemsAfter((ex) => (ex.messages[6].tool_calls![0].function.arguments = '[2.0]')), /message 6: arguments must be a JSON object/);
  });

  it('tool content that is not JSON', () => {
    some(problemsAfter((ex) => (ex.messages[5].content = 'found it')), /message 5: tool content is not JSON/);
  });

  it('a call to a tool the example does not declare', () => {
    some(problemsAfter((ex) => (ex.messages[6].tool_calls![0].function.name = 'teleport')), /message 6: unknown tool teleport/);
  });

  it('an assistant message with content', () => {
    some(problemsAfter((ex) => (ex.messages[2].content = 'thinking')), /message 2: an assistant message carries exactly one tool call and no content/);
  });

  it('meta.targets naming a message that is not an assistant turn', () => {
    some(problemsAfter((ex) => (ex.meta.targets = [2, 5, 8])), /meta.targets: message 5 is not an assistant turn/);
  });

  it('meta.targets without the submit_result turn', () => {
    some(problemsAfter((ex) => (ex.meta.targets = [2, 6])), /must include the submit_result turn/);
  });

  it('meta.targets out of order or repeated', () => {
    some(problemsAfter((ex) => (ex.meta.targets = [6, 2, 8])), /strictly increasing/);
    some(problemsAfter((ex) => (ex.meta.targets = [2, 2, 8])), /strictly increasing/);
  });

  it('a system prompt that is not first', () => {
    some(problemsAfter((ex) => (ex.messages[0].role = 'user')), /message 0 must be the system prompt/);
  });
});
