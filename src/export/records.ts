import { z } from 'zod';
import { ToolCallSchema, ToolSchemaSchema } from '../schema/conversation.js';
import { TemplateMessageSchema } from './template-message.js';

/** Where a record comes from: enough to find the source line and the turn it teaches. */
export const RecordMetaSchema = z.strictObject({
  domain: z.string(),
  /** 1-based line of the source example in its input file. */
  line: z.number().int().positive(),
  node_id: z.string(),
  shape: z.string(),
  /** The index in the source `messages` of the assistant turn a pair teaches. */
  turn: z.number().int().nonnegative().optional(),
});

/** functiongemma: one learning-target turn; the loss goes on `completion` only. */
export const FunctionGemmaPairSchema = z.strictObject({ prompt: z.string(), completion: z.string(), meta: RecordMetaSchema });

/**
 * functiongemma --single-sequence: the whole conversation, and the [start, end) spans of `text`
 * to learn, in Python string indices (code points), so `text[start:end]` is a target turn.
 */
export const FunctionGemmaSequenceSchema = z.strictObject({
  text: z.string(),
  spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).min(1),
  meta: RecordMetaSchema,
});

/** trl: a whole conversation as SFTTrainer takes it; `tools` is a JSON string so Arrow cannot reshape it. */
export const TrlMessagesRowSchema = z.strictObject({ messages: z.array(TemplateMessageSchema).min(2), tools: z.string() });

/** trl --prompt-completion: one learning-target turn as a conversational prompt/completion row. */
export const TrlPromptCompletionRowSchema = z.strictObject({
  prompt: z.array(TemplateMessageSchema).min(2),
  completion: z.array(TemplateMessageSchema).length(1),
  tools: z.string(),
});

export const OpenAiMessageSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.enum(['system', 'user']), content: z.string() }),
  z.strictObject({ role: z.literal('assistant'), content: z.null(), tool_calls: z.array(ToolCallSchema).min(1), weight: z.literal(0).optional() }),
  z.strictObject({ role: z.literal('tool'), tool_call_id: z.string(), content: z.string() }),
]);

/** openai: the chat fine-tuning format; an assistant turn that is not a learning target has weight 0. */
export const OpenAiRowSchema = z.strictObject({
  messages: z.array(OpenAiMessageSchema).min(2),
  tools: z.array(ToolSchemaSchema).min(1),
  parallel_tool_calls: z.literal(false),
});

export type RecordMeta = z.infer<typeof RecordMetaSchema>;
export type FunctionGemmaPair = z.infer<typeof FunctionGemmaPairSchema>;
export type FunctionGemmaSequence = z.infer<typeof FunctionGemmaSequenceSchema>;
export type TrlMessagesRow = z.infer<typeof TrlMessagesRowSchema>;
export type TrlPromptCompletionRow = z.infer<typeof TrlPromptCompletionRowSchema>;
export type OpenAiMessage = z.infer<typeof OpenAiMessageSchema>;
export type OpenAiRow = z.infer<typeof OpenAiRowSchema>;
