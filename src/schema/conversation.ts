import { z } from 'zod';
import { DOMAIN_NAMES } from '../domains/catalog.js';

export const ToolCallFunctionSchema = z.strictObject({
  name: z.string().min(1),
  /** Python json.dumps of the arguments object. */
  arguments: z.string(),
});

export const ToolCallSchema = z.strictObject({
  id: z.string().regex(/^call_\d+$/),
  type: z.literal('function'),
  function: ToolCallFunctionSchema,
});

// Every message carries all four keys (null where unused) so the JSONL loads as one table.
export const MessageSchema = z.strictObject({
  role: z.enum(['system', 'user', 'assistant', 'tool']),
  content: z.string().nullable(),
  tool_calls: z.array(ToolCallSchema).length(1).nullable(),
  tool_call_id: z.string().nullable(),
});

export const ToolSchemaSchema = z.strictObject({
  type: z.literal('function'),
  function: z.strictObject({
    name: z.string(),
    description: z.string(),
    parameters: z.record(z.string(), z.unknown()),
    strict: z.literal(true),
  }),
});

export const DomainNameSchema = z.enum(DOMAIN_NAMES);

export const MetaSchema = z.strictObject({
  domain: DomainNameSchema,
  fixture: z.string(),
  node_id: z.string().regex(/^[0-9a-f]{16}$/),
  rules: z.array(z.string()),
  tags: z.array(z.string()),
  shape: z.string().min(1),
  seed: z.number().int(),
  /**
   * Indices into `messages` of the assistant turns to learn from. A deliberate mistake (kept as
   * context for recovery practice) is an assistant turn left out; the submit_result call is always in.
   */
  targets: z.array(z.number().int().nonnegative()),
});

export const TrainingExampleSchema = z.strictObject({
  messages: z.array(MessageSchema).min(3),
  tools: z.array(ToolSchemaSchema).min(1),
  meta: MetaSchema,
});

export type ToolCallFunction = z.infer<typeof ToolCallFunctionSchema>;
export type ToolCall = z.infer<typeof ToolCallSchema>;
export type Message = z.infer<typeof MessageSchema>;
export type ToolSchema = z.infer<typeof ToolSchemaSchema>;
export type DomainName = z.infer<typeof DomainNameSchema>;
export type Meta = z.infer<typeof MetaSchema>;
export type TrainingExample = z.infer<typeof TrainingExampleSchema>;
