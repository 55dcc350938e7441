import type { TrainingExample } from '../schema/conversation.js';
import { CONTROL_TOKEN_PATTERN } from './functiongemma/tokens.js';
import type { Converted } from './to-template-messages.js';

export interface ControlTokenHit {
  token: string;
  /** Where in the example, for the warning: e.g. "the result of read_file (message 4)". */
  where: string;
}

function firstToken(value: unknown): string | null {
  if (typeof value === 'string') return CONTROL_TOKEN_PATTERN.exec(value)?.[0] ?? null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const hit = firstToken(v);
      if (hit) return hit;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const hit = firstToken(k) ?? firstToken(v);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * The first control token (<escape>, <start_function_call>, <start_of_turn>, ...) inside the
 * data of an example as it will be rendered: its texts, decoded arguments and tool results,
 * [Context] texts and tool declarations. The tokenizer would read it as structure.
 */
export function findControlToken(example: TrainingExample, converted: Converted): ControlTokenHit | null {
  const inTools = firstToken(example.tools);
  if (inTools) return { token: inTools, where: 'the tool declarations' };
  for (let k = 0; k < converted.messages.length; k++) {
    const m = converted.messages[k];
    const token = firstToken(m.role === 'assistant' ? m.tool_calls : m.content);
    if (!token) continue;
    const i = converted.sourceIndex[k];
    const source = example.messages[i];
    const what =
      i === 0
        ? 'the system prompt'
        : m.role === 'assistant'
          ? `the arguments of ${m.tool_calls?.[0]?.function.name}`
          : source.role === 'user' && i > 1
            ? 'a [Context] message'
            : m.role === 'tool'
              ? `the result of ${m.name}`
              : 'the node context';
    return { token, where: `${what} (message ${i})` };
  }
  return null;
}
