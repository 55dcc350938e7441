import { z } from 'zod';

export const EXPORT_FORMATS = ['functiongemma', 'trl', 'openai'] as const;
export const CONTEXT_PLACEMENTS = ['after', 'before', 'drop'] as const;
export const TOOL_RESPONSE_FORMS = ['structured', 'text'] as const;

/** How one export run converts: what the command's flags decide. */
export const ExportOptionsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  /** Where a [Context] message's text goes: a `context` tool response after or before the tool's own, or nowhere. */
  context: z.enum(CONTEXT_PLACEMENTS),
  /** A tool result as a structured response (Google's recommended form) or as the runner's JSON text. */
  toolResponse: z.enum(TOOL_RESPONSE_FORMS),
  /** functiongemma: one text per conversation with the spans to learn, instead of prompt/completion pairs. */
  singleSequence: z.boolean(),
  /** trl: conversational prompt/completion rows, one per learning target, instead of whole conversations. */
  promptCompletion: z.boolean(),
  /** Keep examples whose data holds a control token (they will not render faithfully). */
  keepSpecialTokens: z.boolean(),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export type ContextPlacement = ExportOptions['context'];
export type ToolResponseForm = ExportOptions['toolResponse'];
