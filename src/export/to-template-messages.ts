import { pyLoads } from '../pyjson/loads.js';
import type { TrainingExample } from '../schema/conversation.js';
import type { ExportOptions } from './options.js';
import { CONTEXT_RESPONSE_NAME, type TemplateMessage } from './template-message.js';

const CONTEXT_PREFIX = '[Context] ';

export interface Converted {
  messages: TemplateMessage[];
  /** For each source message index of an assistant turn, its index in `messages`. */
  turnIndex: Map<number, number>;
  /** For each of `messages`, the index of the source message it comes from. */
  sourceIndex: number[];
}

function contextMessage(text: string, form: ExportOptions['toolResponse']): TemplateMessage {
  return form === 'text' ? { role: 'tool', name: CONTEXT_RESPONSE_NAME, content: text } : { role: 'tool', name: CONTEXT_RESPONSE_NAME, content: [{ name: CONTEXT_RESPONSE_NAME, response: text }] };
}

/**
 * The runner's conversation as FunctionGemma's template takes it: arguments and (structured)
 * tool results parsed the way Python's json.loads reads them (so 1.0 stays a float), tool
 * messages named after their call, and each [Context] message turned into a `context` tool
 * response placed after (or before) the tool's own, or dropped; the template has no place for
 * a user message inside the model turn that made the call.
 */
export function toTemplateMessages(example: TrainingExample, options: Pick<ExportOptions, 'context' | 'toolResponse'>): Converted {
  const out: TemplateMessage[] = [];
  const sourceIndex: number[] = [];
  const turnIndex = new Map<number, number>();
  let pendingContexts: { message: TemplateMessage; source: number }[] = [];
  const push = (message: TemplateMessage, source: number) => {
    out.push(message);
    sourceIndex.push(source);
  };
  const callNames = new Map<string, string>();
  example.messages.forEach((m, i) => {
    if (m.role === 'system' || (m.role === 'user' && !m.content?.startsWith(CONTEXT_PREFIX))) {
      push({ role: m.role, content: m.content ?? '' }, i);
    } else if (m.role === 'user') {
      if (options.context !== 'drop') pendingContexts.push({ message: contextMessage((m.content as string).slice(CONTEXT_PREFIX.length), options.toolResponse), source: i });
    } else if (m.role === 'assistant') {
      turnIndex.set(i, out.length);
      const calls = (m.tool_calls ?? []).map((c) => {
        callNames.set(c.id, c.function.name);
        return { id: c.id, type: 'function' as const, function: { name: c.function.name, arguments: pyLoads(c.function.arguments) as Record<string, unknown> } };
      });
      push(m.content === null ? { role: 'assistant', tool_calls: calls } : { role: 'assistant', content: m.content, tool_calls: calls }, i);
    } else {
      const name = callNames.get(m.tool_call_id ?? '') ?? 'unknown';
      const text = m.content ?? 'null';
      const id = m.tool_call_id === null ? {} : { tool_call_id: m.tool_call_id };
      const result = { message: (options.toolResponse === 'text' ? { role: 'tool', ...id, name, content: text } : { role: 'tool', ...id, name, content: [{ name, response: pyLoads(text) }] }) as TemplateMessage, source: i };
      for (const x of options.context === 'before' ? [...pendingContexts, result] : [result, ...pendingContexts]) push(x.message, x.source);
      pendingContexts = [];
    }
  });
  return { messages: out, turnIndex, sourceIndex };
}
