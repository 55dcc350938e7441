import type { TrainingExample } from '../../schema/conversation.js';
import type { ExportOptions } from '../options.js';
import type { OpenAiMessage, OpenAiRow } from '../records.js';
import type { FormatResult } from './functiongemma.js';

/**
 * OpenAI's chat fine-tuning format: arguments and tool results stay the runner's JSON text, an
 * assistant turn that is not a learning target gets weight 0. A tool result must follow its
 * call directly there, so a [Context] message becomes a user message after the result (or is
 * dropped); --context before cannot be written in this format.
 */
export function openAiRecords(example: TrainingExample, options: ExportOptions): FormatResult {
  const targets = new Set(example.meta.targets);
  const messages: OpenAiMessage[] = [];
  let contexts: OpenAiMessage[] = [];
  example.messages.forEach((m, i) => {
    if (m.role === 'assistant') {
      const turn: OpenAiMessage = { role: 'assistant', content: null, tool_calls: m.tool_calls ?? [] };
      messages.push(targets.has(i) ? turn : { ...turn, weight: 0 });
    } else if (m.role === 'tool') {
      messages.push({ role: 'tool', tool_call_id: m.tool_call_id ?? '', content: m.content ?? '' }, ...contexts);
      contexts = [];
    } else if (m.role === 'user' && i > 1 && m.content?.startsWith('[Context] ')) {
      if (options.context !== 'drop') contexts.push({ role: 'user', content: m.content });
    } else messages.push({ role: m.role, content: m.content ?? '' });
  });
  const row: OpenAiRow = { messages, tools: example.tools, parallel_tool_calls: false };
  return { records: [row], problem: null };
}
