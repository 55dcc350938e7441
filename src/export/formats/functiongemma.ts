import type { TrainingExample } from '../../schema/conversation.js';
import { codePointOffsets } from '../code-points.js';
import { turnSlices } from '../functiongemma/turn-slices.js';
import type { ExportOptions } from '../options.js';
import type { FunctionGemmaPair, FunctionGemmaSequence, RecordMeta } from '../records.js';
import { checkCompletion, checkRoundTrip } from '../round-trip.js';
import type { Converted } from '../to-template-messages.js';

export interface FormatResult {
  records: unknown[];
  /** The first way the records fail to read back as their source, or null. */
  problem: string | null;
}

/**
 * The text FunctionGemma trains on: a prompt/completion pair per learning target, or with
 * --single-sequence the whole conversation and the spans of its targets. Every record is read
 * back and compared with its source before it may be written.
 */
export function functionGemmaRecords(example: TrainingExample, converted: Converted, meta: RecordMeta, options: ExportOptions): FormatResult {
  const targets = example.meta.targets;
  const { text, slices } = turnSlices(
    converted.messages,
    example.tools,
    targets.map((t) => converted.turnIndex.get(t)!),
  );
  let problem = checkRoundTrip(text, example, options);
  slices.forEach((s, i) => {
    problem ??= checkCompletion(s.completion, example, targets[i]);
    if (!problem && i === slices.length - 1 && s.prompt + s.completion !== text) problem = 'the last pair is not the whole conversation';
  });
  if (options.singleSequence) {
    const offsets = codePointOffsets(text, slices.flatMap((s) => [s.prompt.length, s.prompt.length + s.completion.length]));
    const spans = slices.map((_, i) => [offsets[2 * i], offsets[2 * i + 1]] as [number, number]);
    const record: FunctionGemmaSequence = { text, spans, meta };
    return { records: [record], problem };
  }
  const records: FunctionGemmaPair[] = slices.map((s, i) => ({ prompt: s.prompt, completion: s.completion, meta: { ...meta, turn: targets[i] } }));
  return { records, problem };
}
