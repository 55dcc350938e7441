import { pyLoads } from '../pyjson/loads.js';
import type { TrainingExample } from '../schema/conversation.js';
import { isMapping } from './functiongemma/format-value.js';
import { parseCompletion, parseRendered, type ParsedMessage } from './functiongemma/parse.js';
import { pyStrip } from './functiongemma/python-text.js';
import type { ExportOptions } from './options.js';
import { sameValue } from './same-value.js';
import { CONTEXT_RESPONSE_NAME } from './template-message.js';

/** What the source conversation says, in the order the rendered text must show it. */
function expectedMessages(example: TrainingExample, options: Pick<ExportOptions, 'context' | 'toolResponse'>): ParsedMessage[] {
  const out: ParsedMessage[] = [];
  let contexts: ParsedMessage[] = [];
  let callName = '';
  for (const m of example.messages.slice(1)) {
    const content = m.content ?? '';
    if (m.role === 'user' && content.startsWith('[Context] ')) {
      if (options.context !== 'drop') contexts.push({ role: 'tool', name: CONTEXT_RESPONSE_NAME, response: content.slice('[Context] '.length) });
    } else if (m.role === 'user' || m.role === 'system') out.push({ role: 'user', content: pyStrip(content) });
    else if (m.role === 'assistant') {
      const calls = (m.tool_calls ?? []).map((c) => ({ name: c.function.name, arguments: pyLoads(c.function.arguments) as Record<string, unknown> }));
      callName = calls[0]?.name ?? '';
      out.push({ role: 'assistant', content: pyStrip(content), calls });
    } else {
      let response = options.toolResponse === 'text' ? content : pyLoads(content);
      // A response that is not a mapping is written {value:...}, and so is a mapping whose only key is "value".
      if (isMapping(response) && Object.keys(response).length === 1 && 'value' in response) response = response.value;
      const result: ParsedMessage = { role: 'tool', name: callName, response };
      out.push(...(options.context === 'before' ? [...contexts, result] : [result, ...contexts]));
      contexts = [];
    }
  }
  return out;
}

function describe(m: ParsedMessage | undefined): string {
  if (!m) return 'nothing';
  if (m.role === 'tool') return `response ${m.name}`;
  if (m.role === 'assistant') return `model turn${m.calls.length ? ` calling ${m.calls.map((c) => c.name).join(', ')}` : ''}`;
  return 'user turn';
}

function sameMessage(a: ParsedMessage, b: ParsedMessage): boolean {
  if (a.role !== b.role) return false;
  if (a.role === 'user' && b.role === 'user') return a.content === b.content;
  if (a.role === 'tool' && b.role === 'tool') return a.name === b.name && sameValue(a.response, b.response);
  if (a.role === 'assistant' && b.role === 'assistant') {
    return a.content === b.content && a.calls.length === b.calls.length && a.calls.every((c, i) => c.name === b.calls[i].name && sameValue(c.arguments, b.calls[i].arguments));
  }
  return false;
}

function compareMessages(actual: ParsedMessage[], expected: ParsedMessage[], offset = 0): string | null {
  for (let i = 0; i < Math.max(actual.length, expected.length); i++) {
    if (!actual[i] || !expected[i] || !sameMessage(actual[i], expected[i])) {
      return `message ${i + offset}: expected ${describe(expected[i])}, read back ${describe(actual[i])}`;
    }
  }
  return null;
}

/**
 * Reads a whole rendered conversation back and compares it with its source: the system prompt,
 * the node context, every call (tool name, arguments as values), every tool result and
 * [Context] text where the placement puts it. Returns the first difference, or null. Texts are
 * compared trimmed, as the template trims them.
 */
export function checkRoundTrip(text: string, example: TrainingExample, options: Pick<ExportOptions, 'context' | 'toolResponse'>): string | null {
  let parsed;
  try {
    parsed = parseRendered(text);
  } catch (e) {
    return `does not parse back: ${(e as Error).message}`;
  }
  if (parsed.developer !== pyStrip(example.messages[0].content ?? '')) return 'the system prompt does not read back';
  const names = example.tools.map((t) => t.function.name);
  if (parsed.tools.map((t) => t.name).join(',') !== names.join(',')) return 'the declared tools do not read back';
  if (parsed.tools.some((t, i) => t.description !== example.tools[i].function.description)) return 'a tool description does not read back';
  const difference = compareMessages(parsed.messages, expectedMessages(example, options), 1);
  if (difference) return difference;
  if (!parsed.endsAwaitingResponse) return 'the text does not end awaiting the submit_result response';
  return null;
}

/** A completion must read back as exactly the call of its turn, ending on the stop token. */
export function checkCompletion(completion: string, example: TrainingExample, turn: number): string | null {
  let parsed;
  try {
    parsed = parseCompletion(completion);
  } catch (e) {
    return `turn ${turn}: the completion does not parse back: ${(e as Error).message}`;
  }
  const call = example.messages[turn].tool_calls?.[0];
  if (!call) return `turn ${turn} is not a call`;
  const expected: ParsedMessage = { role: 'assistant', content: '', calls: [{ name: call.function.name, arguments: pyLoads(call.function.arguments) as Record<string, unknown> }] };
  const difference = compareMessages(parsed.messages, [expected], turn);
  if (difference) return `completion: ${difference}`;
  if (!parsed.endsAwaitingResponse) return `turn ${turn}: the completion does not end with <start_function_response>`;
  return null;
}
