import { TrainingExampleSchema, type TrainingExample } from '../schema/conversation.js';

/**
 * The format check of DESIGN section 4, beyond the zod shape: the runner's message order,
 * call ids counting from call_0, tool results answering the call before them, and a
 * conversation that ends with submit_result. Returns the problems (empty = well formed).
 */
export function checkExample(value: unknown): string[] {
  const parsed = TrainingExampleSchema.safeParse(value);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const ex: TrainingExample = parsed.data;
  const problems: string[] = [];
  const m = ex.messages;
  if (m[0].role !== 'system' || m[0].content === null) problems.push('message 0 must be the system prompt');
  if (m[1].role !== 'user' || m[1].content === null || m[1].content.startsWith('[Context]')) problems.push('message 1 must be the rendered node_context');
  let k = 0;
  let pending: string | null = null;
  for (let i = 2; i < m.length; i++) {
    const msg = m[i];
    if (msg.role === 'assistant') {
      if (pending) problems.push(`message ${i}: call ${pending} has no tool result`);
      const call = msg.tool_calls?.[0];
      if (!call || msg.content !== null || msg.tool_call_id !== null) {
        problems.push(`message ${i}: an assistant message carries exactly one tool call and no content`);
        continue;
      }
      if (call.id !== `call_${k}`) problems.push(`message ${i}: expected id call_${k}, found ${call.id}`);
      try {
        const args = JSON.parse(call.function.arguments);
        if (args === null || typeof args !== 'object' || Array.isArray(args)) problems.push(`message ${i}: arguments must be a JSON object`);
      } catch {
        problems.push(`message ${i}: arguments are not JSON`);
      }
      if (!ex.tools.some((t) => t.function.name === call.function.name)) problems.push(`message ${i}: unknown tool ${call.function.name}`);
      if (call.function.name === 'submit_result') {
        if (i !== m.length - 1) problems.push(`message ${i}: submit_result must be the last message`);
        pending = null;
      } else pending = call.id;
      k++;
    } else if (msg.role === 'user') {
      if (!pending || !msg.content?.startsWith('[Context] ') || msg.tool_calls !== null || msg.tool_call_id !== null) problems.push(`message ${i}: a user message here must be a [Context] message after a call`);
    } else if (msg.role === 'tool') {
      if (msg.tool_call_id !== pending) problems.push(`message ${i}: tool result for ${msg.tool_call_id}, expected ${pending}`);
      try {
        JSON.parse(msg.content ?? '');
      } catch {
        problems.push(`message ${i}: tool content is not JSON`);
      }
      pending = null;
    } else problems.push(`message ${i}: unexpected ${msg.role} message`);
  }
  const assistant = m.flatMap((msg, i) => (msg.role === 'assistant' ? [i] : []));
  const targets = ex.meta.targets;
  if (targets.some((t, i) => i > 0 && t <= targets[i - 1])) problems.push('meta.targets must be strictly increasing');
  for (const t of targets) if (!assistant.includes(t)) problems.push(`meta.targets: message ${t} is not an assistant turn`);
  if (!targets.includes(m.length - 1)) problems.push('meta.targets must include the submit_result turn');
  const last = m[m.length - 1];
  if (last.role !== 'assistant' || last.tool_calls?.[0].function.name !== 'submit_result') problems.push('the conversation must end with the submit_result call');
  return problems;
}
