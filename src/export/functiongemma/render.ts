import type { TemplateMessage } from '../template-message.js';
import { formatDeclaration, type DeclaredTool } from './declaration.js';
import { formatPairs, formatValue, isMapping } from './format-value.js';
import { pyStrip } from './python-text.js';
import { BOS, END_CALL, END_RESPONSE, END_TURN, START_CALL, START_RESPONSE, START_TURN } from './tokens.js';

// The developer text the template uses when there are tools but no system message.
const DEFAULT_DEVELOPER = 'You are a model that can do function calling with the following functions';

function formatResponse(name: string, response: unknown): string {
  const body = isMapping(response) ? formatPairs(response, false) : `value:${formatValue(response, false)}`;
  return `${START_RESPONSE}response:${name}{${body}}${END_RESPONSE}`;
}

export interface RenderOptions {
  addGenerationPrompt?: boolean;
}

/**
 * FunctionGemma's chat template: the text `apply_chat_template(messages, tools)` gives
 * (FUNCTIONGEMMA.md section 2, checked against its reference renderer). Tool responses and the
 * next model output join the model turn that made the call; a conversation that ends on a call
 * ends with `<start_function_response>`, the stop sequence the model learns to emit.
 */
export function renderConversation(messages: readonly TemplateMessage[], tools: readonly DeclaredTool[], options: RenderOptions = {}): string {
  let out = BOS;
  let rest = messages;
  const first = messages[0];
  const firstIsSystem = first !== undefined && (first.role === 'system' || first.role === 'developer');
  if (tools.length > 0 || firstIsSystem) {
    out += `${START_TURN}developer\n`;
    if (firstIsSystem) {
      out += pyStrip(first.content as string);
      rest = messages.slice(1);
    } else out += DEFAULT_DEVELOPER;
    for (const tool of tools) out += formatDeclaration(tool);
    out += `${END_TURN}\n`;
  }
  let prev: 'call' | 'response' | null = null;
  for (let i = 0; i < rest.length; i++) {
    const m = rest[i];
    if (m.role === 'tool') {
      if (typeof m.content === 'string') out += formatResponse(m.name, m.content);
      else for (const part of m.content) out += formatResponse(part.name, part.response);
      prev = 'response';
      continue;
    }
    if (prev === 'call') throw new Error(`message ${i}: a tool call must be followed by a tool message`);
    if (prev !== 'response') out += `${START_TURN}${m.role === 'assistant' ? 'model' : m.role}\n`;
    prev = null;
    out += m.content ? pyStrip(m.content) : '';
    if (m.role === 'assistant' && m.tool_calls) {
      for (const call of m.tool_calls) out += `${START_CALL}call:${call.function.name}{${formatPairs(call.function.arguments, false)}}${END_CALL}`;
      prev = 'call';
      if (i === rest.length - 1) out += START_RESPONSE;
    }
    if (prev === null) out += `${END_TURN}\n`;
  }
  if (options.addGenerationPrompt && prev === null) out += `${START_TURN}model\n`;
  return out;
}
