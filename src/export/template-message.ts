import { z } from 'zod';

/**
 * The messages FunctionGemma's chat template takes (FUNCTIONGEMMA.md section 3), which the trl
 * export writes as they are: arguments as mappings (the template cannot read a JSON string),
 * tool messages named after their tool, and a tool result either as a structured
 * `[{name, response}]` list or as the runner's JSON text.
 */
export const TemplateToolCallSchema = z.strictObject({
  id: z.string().optional(),
  type: z.literal('function'),
  function: z.strictObject({ name: z.string().min(1), arguments: z.record(z.string(), z.unknown()) }),
});

export const TemplateMessageSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.enum(['system', 'developer', 'user']), content: z.string() }),
  z.strictObject({ role: z.literal('assistant'), content: z.string().nullable().optional(), tool_calls: z.array(TemplateToolCallSchema).min(1).optional() }),
  z.strictObject({
    role: z.literal('tool'),
    tool_call_id: z.string().optional(),
    name: z.string().min(1),
    content: z.union([z.string(), z.array(z.strictObject({ name: z.string().min(1), response: z.unknown() })).min(1)]),
  }),
]);

export type TemplateToolCall = z.infer<typeof TemplateToolCallSchema>;
export type TemplateMessage = z.infer<typeof TemplateMessageSchema>;

/** The `name` of the tool response that carries a [Context] message's text. */
export const CONTEXT_RESPONSE_NAME = 'context';
