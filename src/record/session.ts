import { renderNodeContext } from '../definition/render-node-context.js';
import type { LoadedDefinition } from '../definition/load-definition.js';
import { ArgumentValidationError } from '../errors.js';
import type { PyNode } from '../parse/py-node.js';
import { dumpedOnce, pyDumps } from '../pyjson/dumps.js';
import { toPlain } from '../pyjson/to-plain.js';
import type { Message, Meta, TrainingExample } from '../schema/conversation.js';

export type ToolArgs = Record<string, unknown>;
export type ToolImpl = (args: ToolArgs) => unknown;
export type ContextProvider = () => unknown;

export interface SessionOptions {
  definition: LoadedDefinition;
  node: PyNode;
  tools: Record<string, ToolImpl>;
  providers: Record<string, ContextProvider>;
}

function message(role: Message['role'], content: string | null, extra: Partial<Message> = {}): Message {
  // Key order is part of the format: role, content, tool_calls, tool_call_id.
  return { role, content, tool_calls: extra.tool_calls ?? null, tool_call_id: extra.tool_call_id ?? null };
}

// Every conversation of a definition opens with the same system message: one object, frozen,
// whose text pyDumps writes once a run.
const systemMessages = new WeakMap<LoadedDefinition, Message>();

function systemMessageOf(definition: LoadedDefinition): Message {
  let m = systemMessages.get(definition);
  if (!m) {
    m = dumpedOnce(message('system', definition.definition.initial_context.system_prompt));
    systemMessages.set(definition, m);
  }
  return m;
}

/**
 * Records one conversation exactly as the FunctionGemmaRunner builds it (DESIGN section 1):
 * system, user(node_context), then per call: assistant(tool_call), one [Context] user message
 * per provider of that tool in listed order, tool(result); finally the submit_result call.
 */
export class Session {
  private readonly messages: Message[];
  private nextCall = 0;
  private submitted = false;
  private readonly targets: number[] = [];
  readonly calls: { name: string; args: ToolArgs; result: unknown; target: boolean }[] = [];

  constructor(private readonly opts: SessionOptions) {
    const { initial_context } = opts.definition.definition;
    this.messages = [systemMessageOf(opts.definition), message('user', renderNodeContext(initial_context.node_context, opts.node))];
  }

  private recordCall(name: string, args: ToolArgs, target: boolean): string {
    if (this.submitted) throw new Error('the conversation already ended with submit_result');
    if (!this.opts.definition.tool(name)) throw new ArgumentValidationError(name, 'the definition has no such tool');
    const validate = this.opts.definition.validatorOf(name);
    if (!validate(toPlain(args))) {
      throw new ArgumentValidationError(name, (validate.errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message}`).join('; '));
    }
    const id = `call_${this.nextCall++}`;
    if (target) this.targets.push(this.messages.length);
    this.messages.push(message('assistant', null, { tool_calls: [{ id, type: 'function', function: { name, arguments: pyDumps(args) } }] }));
    return id;
  }

  /**
   * Records one tool call and its result. `target: false` marks a deliberate mistake: it stays in
   * the conversation as context for the recovery, but is not a turn to learn from.
   */
  call<T = unknown>(name: string, args: ToolArgs, opts: { target?: boolean } = {}): T {
    if (name === 'submit_result') throw new Error('use submit() to end the conversation');
    const target = opts.target ?? true;
    const id = this.recordCall(name, args, target);
    const impl = this.opts.tools[name];
    if (!impl) throw new Error(`no simulated implementation of tool ${name}`);
    for (const provider of this.opts.definition.providersOf(name)) {
      const fn = this.opts.providers[provider];
      if (!fn) throw new Error(`no context provider ${provider}`);
      const out = fn();
      this.messages.push(message('user', `[Context] ${typeof out === 'string' ? out : pyDumps(out)}`));
    }
    const result = impl(args);
    this.messages.push(message('tool', pyDumps(result), { tool_call_id: id }));
    this.calls.push({ name, args, result, target });
    return result as T;
  }

  /** Number of tool calls so far, submit excluded. */
  get callCount(): number {
    return this.calls.length;
  }

  /** The conversation so far (read-only): what the model has seen before its next turn. */
  get transcript(): readonly Message[] {
    return this.messages;
  }

  /** Ends the conversation; meta.targets is filled in from the calls' target marks. */
  submit(args: ToolArgs, meta: Omit<Meta, 'targets'>): TrainingExample {
    this.recordCall('submit_result', args, true);
    this.submitted = true;
    return { messages: this.messages, tools: this.opts.definition.toolSchemas, meta: { ...meta, targets: [...this.targets] } };
  }
}
