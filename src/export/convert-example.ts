import type { TrainingExample } from '../schema/conversation.js';
import { findControlToken, type ControlTokenHit } from './control-tokens.js';
import { functionGemmaRecords, type FormatResult } from './formats/functiongemma.js';
import { openAiRecords } from './formats/openai.js';
import { trlRecords } from './formats/trl.js';
import type { ExportOptions } from './options.js';
import type { RecordMeta } from './records.js';
import { toTemplateMessages } from './to-template-messages.js';

export type Conversion = { kind: 'records'; result: FormatResult } | { kind: 'control-token'; hit: ControlTokenHit };

/**
 * One example in the chosen format. An example whose data holds a control token is reported
 * instead (unless kept on request): rendered, it would not say what its source says.
 */
export function convertExample(example: TrainingExample, meta: RecordMeta, options: ExportOptions): Conversion {
  const converted = toTemplateMessages(example, options);
  const hit = findControlToken(example, converted);
  if (hit && !options.keepSpecialTokens) return { kind: 'control-token', hit };
  if (options.format === 'trl') return { kind: 'records', result: trlRecords(example, converted, options) };
  if (options.format === 'openai') return { kind: 'records', result: openAiRecords(example, options) };
  const result = functionGemmaRecords(example, converted, meta, options);
  // A kept example with a control token cannot read back; that is what keeping it means.
  return { kind: 'records', result: hit ? { ...result, problem: null } : result };
}
