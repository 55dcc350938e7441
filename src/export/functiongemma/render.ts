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

/** Where each message's text lies in a rendering: [start, body) is its turn header, if any. */
export interface Piece {
  start: number;
  body: number;
  end: number;
}

export interface Rendering {
  text: string;
  /** One per message (the system message's piece is the developer turn). */
  pieces: Piece[];
}

/**
 * FunctionGemma's chat template: the text `apply_chat_template(messages, tools)` gives
 * (FUNCTIONGEMMA.md section 2, checked against its reference renderer), with where each message
 * lies in it. Tool responses and the next model output join the model turn that made the call;
 * a conversation that ends on a call ends with `<start_function_response>`, the stop sequence
 * the model learns to emit.
 */
export function renderPieces(messages: readonly TemplateMessage[], tools: readonly DeclaredTool[], options: RenderOptions = {}): Rendering {
  let out = BOS;
  const pieces: Piece[] = [];
  let from = 0;
  const first = messages[0];
  const firstIsSystem = first !== undefined && (first.role === 'system' || first.role === 'developer');
  if (tools.length > 0 || firstIsSystem) {
    out += `${START_TURN}developer\n`;
    if (firstIsSystem) out += pyStrip(first.content as string);
    else out += DEFAULT_DEVELOPER;
    for (const tool of tools) out += formatDeclaration(tool);
    out += `${END_TURN}\n`;
    if (firstIsSystem) {
      pieces.push({ start: 0, body: 0, end: out.length });
      from = 1;
    }
  }
  let prev: 'call' | 'response' | null = null;
  for (let i = from; i < messages.length; i++) {
    const m = messages[i];
    const start = out.length;
    if (m.role === 'tool') {
      if (typeof m.content === 'string') out += formatResponse(m.name, m.content);
      else for (const part of m.content) out += formatResponse(part.name, part.response);
      prev = 'response';
      pieces.push({ start, body: start, end: out.length });
      continue;
    }
    if (prev === 'call') throw new Error(`message ${i}: a tool call must be followed by a tool message`);
    if (prev !== 'response') out += `${START_TURN}${m.role === 'assistant' ? 'model' : m.role}\n`;
    const body = out.length;
    prev = null;
    out += m.content ? pyStrip(m.content) : '';
    if (m.role === 'assistant' && m.tool_calls) {
      for (const call of m.tool_calls) out += `${START_CALL}call:${call.function.name}{${formatPairs(call.function.arguments, false)}}${END_CALL}`;
      prev = 'call';
      if (i === messages.length - 1) out += START_RESPONSE;
    }
    if (prev === null) out += `${END_TURN}\n`;
    pieces.push({ start, body, end: out.length });
  }
  if (options.addGenerationPrompt && prev === null) out += `${START_TURN}model\n`;
  return { text: out, pieces };
}

/** The text FunctionGemma's chat template renders for these messages and tools. */
export function renderConversation(messages: readonly TemplateMessage[], tools: readonly DeclaredTool[], options: RenderOptions = {}): string {
  return renderPieces(messages, tools, options).text;
}
