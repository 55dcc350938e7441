import { PyFloat } from '../../pyjson/py-float.js';
import { BOS, CONTROL_TOKEN_PATTERN, END_CALL, END_DECL, END_RESPONSE, END_TURN, ESC, START_CALL, START_DECL, START_RESPONSE, START_TURN } from './tokens.js';

/** Rendered text that does not read back as FunctionGemma's format, with the offset of the fault. */
export class RenderedParseError extends Error {
  constructor(problem: string, readonly offset: number) {
    super(`${problem} at offset ${offset}`);
    this.name = 'RenderedParseError';
  }
}

export type ParsedMessage =
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; calls: { name: string; arguments: Record<string, unknown> }[] }
  | { role: 'tool'; name: string; response: unknown };

export interface ParsedConversation {
  developer: string | null;
  tools: { name: string; description: string }[];
  messages: ParsedMessage[];
  /** The text ends with `<start_function_response>` after a call: the model's stop. */
  endsAwaitingResponse: boolean;
}

const INT = /^-?\d+$/;
const FLOAT = /^-?(?:\d+\.\d*(?:e[+-]?\d+)?|\d+e[+-]?\d+)$/;

class Reader {
  i = 0;
  constructor(readonly s: string) {}
  peek(t: string): boolean {
    return this.s.startsWith(t, this.i);
  }
  eat(t: string): void {
    if (!this.peek(t)) throw new RenderedParseError(`expected ${JSON.stringify(t)}, found ${JSON.stringify(this.s.slice(this.i, this.i + 30))}`, this.i);
    this.i += t.length;
  }
  done(): boolean {
    return this.i >= this.s.length;
  }
  /** Text up to the next control token (or the end). */
  text(): string {
    const rest = this.s.slice(this.i);
    const m = CONTROL_TOKEN_PATTERN.exec(rest);
    const end = m ? m.index : rest.length;
    this.i += end;
    return rest.slice(0, end);
  }
  until(t: string): string {
    const j = this.s.indexOf(t, this.i);
    if (j < 0) throw new RenderedParseError(`no ${JSON.stringify(t)}`, this.i);
    const out = this.s.slice(this.i, j);
    this.i = j;
    return out;
  }
  escaped(): string {
    this.eat(ESC);
    const v = this.until(ESC);
    this.eat(ESC);
    return v;
  }
  value(): unknown {
    if (this.peek(ESC)) return this.escaped();
    if (this.peek('{')) return this.mapping();
    if (this.peek('[')) {
      this.eat('[');
      const out: unknown[] = [];
      if (this.peek(']')) {
        this.eat(']');
        return out;
      }
      for (;;) {
        out.push(this.value());
        if (this.peek(',')) this.eat(',');
        else {
          this.eat(']');
          return out;
        }
      }
    }
    const m = /^[^,}\]]*/.exec(this.s.slice(this.i, this.i + 400))!;
    const tok = m[0];
    this.i += tok.length;
    if (tok === 'true') return true;
    if (tok === 'false') return false;
    if (tok === 'None') return null;
    if (INT.test(tok)) return Number.isSafeInteger(Number(tok)) ? Number(tok) : BigInt(tok);
    if (FLOAT.test(tok)) return new PyFloat(Number(tok));
    throw new RenderedParseError(`not a value: ${JSON.stringify(tok)}`, this.i - tok.length);
  }
  key(): string {
    if (this.peek(ESC)) return this.escaped();
    return this.until(':');
  }
  mapping(): Record<string, unknown> {
    this.eat('{');
    const out: Record<string, unknown> = {};
    if (this.peek('}')) {
      this.eat('}');
      return out;
    }
    for (;;) {
      const k = this.key();
      this.eat(':');
      Object.defineProperty(out, k, { value: this.value(), enumerable: true, writable: true, configurable: true });
      if (this.peek(',')) this.eat(',');
      else {
        this.eat('}');
        return out;
      }
    }
  }
  /** `NAME{` after a `call:`/`response:` tag: the name ends at the first brace. */
  name(): string {
    const n = this.until('{');
    if (!n || /[<>\s]/.test(n)) throw new RenderedParseError(`bad name ${JSON.stringify(n)}`, this.i - n.length);
    return n;
  }
}

type AssistantMessage = Extract<ParsedMessage, { role: 'assistant' }>;

/**
 * The body of one model turn: text, calls, the responses to them, more text and calls, up to
 * `<end_of_turn>` or the end of the text. Calls with nothing between them are one message
 * (parallel calls); a response closes the message that made the call.
 */
function readModelTurn(r: Reader, into: ParsedMessage[]): boolean {
  let last: AssistantMessage | null = null;
  const assistant = (content: string): AssistantMessage => {
    last = { role: 'assistant', content, calls: [] };
    into.push(last);
    return last;
  };
  let afterCall = false;
  for (;;) {
    const content = r.text();
    if (r.peek(START_CALL)) {
      const msg: AssistantMessage = afterCall && last && !content ? last : assistant(content);
      r.eat(`${START_CALL}call:`);
      const name = r.name();
      msg.calls.push({ name, arguments: r.mapping() });
      r.eat(END_CALL);
      afterCall = true;
      continue;
    }
    if (content) assistant(content);
    if (r.s.length - r.i === START_RESPONSE.length && r.peek(START_RESPONSE)) {
      if (!afterCall) throw new RenderedParseError('<start_function_response> ends the text but no call comes before it', r.i);
      r.eat(START_RESPONSE);
      return true;
    }
    afterCall = false;
    if (r.peek(START_RESPONSE)) {
      r.eat(`${START_RESPONSE}response:`);
      const name = r.name();
      const body = r.mapping();
      const keys = Object.keys(body);
      // A response that is not a mapping is written as {value:...}.
      into.push({ role: 'tool', name, response: keys.length === 1 && keys[0] === 'value' ? body.value : body });
      r.eat(END_RESPONSE);
      continue;
    }
    if (r.done()) return false;
    if (!content && !last) assistant('');
    r.eat(`${END_TURN}\n`);
    return false;
  }
}

/**
 * Reads text rendered by FunctionGemma's template back into turns, calls with their argument
 * values (floats as PyFloat, `None` as null) and named tool responses. A declaration is read for
 * its name and description only. It is strict: anything it cannot place is an error, which is
 * how the export proves a rendering is unambiguous.
 */
export function parseRendered(text: string): ParsedConversation {
  const r = new Reader(text);
  r.eat(BOS);
  const result: ParsedConversation = { developer: null, tools: [], messages: [], endsAwaitingResponse: false };
  if (r.peek(`${START_TURN}developer\n`)) {
    r.eat(`${START_TURN}developer\n`);
    result.developer = r.text();
    while (r.peek(START_DECL)) {
      r.eat(`${START_DECL}declaration:`);
      const name = r.name();
      r.eat('{description:');
      const description = r.escaped();
      r.until(END_DECL);
      r.eat(END_DECL);
      result.tools.push({ name, description });
    }
    r.eat(`${END_TURN}\n`);
  }
  while (!r.done()) {
    r.eat(START_TURN);
    if (r.peek('user\n')) {
      r.eat('user\n');
      result.messages.push({ role: 'user', content: r.text() });
      r.eat(`${END_TURN}\n`);
      continue;
    }
    r.eat('model\n');
    if (readModelTurn(r, result.messages)) result.endsAwaitingResponse = true;
  }
  return result;
}

/** A completion (what follows a prompt inside a model turn): its messages, and whether it ends awaiting a response. */
export function parseCompletion(text: string): { messages: ParsedMessage[]; endsAwaitingResponse: boolean } {
  const r = new Reader(text);
  const messages: ParsedMessage[] = [];
  const endsAwaitingResponse = readModelTurn(r, messages);
  if (!r.done()) throw new RenderedParseError('text after the model turn', r.i);
  return { messages, endsAwaitingResponse };
}
