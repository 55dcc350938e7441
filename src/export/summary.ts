import { z } from 'zod';
import { CONTEXT_PLACEMENTS, EXPORT_FORMATS, TOOL_RESPONSE_FORMS } from './options.js';

export const ExportFileSummarySchema = z.strictObject({
  domain: z.string(),
  split: z.string(),
  input: z.string(),
  output: z.string(),
  /** Examples read from the input. */
  examples: z.number().int(),
  /** Examples converted and written. */
  exported: z.number().int(),
  /** Lines written: pairs, sequences or rows. */
  records: z.number().int(),
  dropped_special_tokens: z.number().int(),
  dropped_unreadable: z.number().int(),
});

export const ExportSummarySchema = z.strictObject({
  format: z.enum(EXPORT_FORMATS),
  context: z.enum(CONTEXT_PLACEMENTS),
  tool_response: z.enum(TOOL_RESPONSE_FORMS),
  single_sequence: z.boolean(),
  prompt_completion: z.boolean(),
  keep_special_tokens: z.boolean(),
  out: z.string(),
  files: z.array(ExportFileSummarySchema),
  cards: z.array(z.string()),
  /** One line per dropped example (file:line and why) and per other problem. */
  warnings: z.array(z.string()),
  seconds: z.number(),
});

export type ExportFileSummary = z.infer<typeof ExportFileSummarySchema>;
export type ExportSummary = z.infer<typeof ExportSummarySchema>;
