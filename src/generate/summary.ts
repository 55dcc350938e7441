import { z } from 'zod';
import type { TrainingExample } from '../schema/conversation.js';

export const SummarySchema = z.object({
  domain: z.string(),
  seed: z.number(),
  count: z.number(),
  train: z.number(),
  eval: z.number(),
  files: z.object({ train: z.string(), eval: z.string() }),
  per_rule: z.record(z.string(), z.number()),
  per_shape: z.record(z.string(), z.number()),
  calls_per_example: z.record(z.string(), z.number()),
  eval_categories: z.record(z.string(), z.number()),
  eval_units: z.number(),
  warnings: z.array(z.string()),
  seconds: z.number(),
});
export type Summary = z.infer<typeof SummarySchema>;

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

function sorted(map: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Tallies what was written, as it is written (nothing is kept but the counts). */
export class SummaryTally {
  readonly perRule: Record<string, number> = {};
  readonly perShape: Record<string, number> = {};
  readonly calls: Record<string, number> = {};
  readonly evalCategories: Record<string, number> = {};

  add(example: TrainingExample, split: 'train' | 'eval', edgeCategories: ReadonlySet<string>): void {
    example.meta.rules.forEach((r) => bump(this.perRule, r));
    bump(this.perShape, example.meta.shape);
    // Tool calls before submit_result: every assistant message but the last.
    const calls = example.messages.filter((m) => m.role === 'assistant').length - 1;
    bump(this.calls, String(calls));
    if (split === 'eval') example.meta.tags.filter((t) => edgeCategories.has(t)).forEach((t) => bump(this.evalCategories, t));
  }

  result(): Pick<Summary, 'per_rule' | 'per_shape' | 'calls_per_example' | 'eval_categories'> {
    const calls = Object.fromEntries(Object.entries(this.calls).sort(([a], [b]) => Number(a) - Number(b)));
    return { per_rule: sorted(this.perRule), per_shape: sorted(this.perShape), calls_per_example: calls, eval_categories: sorted(this.evalCategories) };
  }
}
