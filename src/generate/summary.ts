import { z } from 'zod';
import type { RecordFacts } from './ready-record.js';

export const MixRowSchema = z.object({
  /** The shape's weight over the weights of the shapes in play. */
  declared: z.number(),
  /** Its share of the examples written. */
  actual: z.number(),
  count: z.number(),
});

export const SummarySchema = z.object({
  domain: z.string(),
  seed: z.number(),
  count: z.number(),
  train: z.number(),
  eval: z.number(),
  files: z.object({ train: z.string(), eval: z.string() }),
  shapes_file: z.string(),
  /** The fixtures' .py files: found, used, and left out by reason. */
  sources: z.object({ found: z.number(), used: z.number(), skipped: z.record(z.string(), z.number()) }),
  /** Functions, classes or files found; those with an example written; the rest by reason. */
  units: z.object({ found: z.number(), used: z.number(), skipped: z.record(z.string(), z.number()) }),
  /** Distinct node code shown per 1,000 examples: how much real variety the data has. */
  distinct_code_per_1000: z.number(),
  mix: z.record(z.string(), MixRowSchema),
  /** Examples with a deliberate mistake (an assistant turn that is not a learning target). */
  mistakes: z.object({ examples: z.number(), share: z.number() }),
  per_rule: z.record(z.string(), z.number()),
  per_shape: z.record(z.string(), z.number()),
  calls_per_example: z.record(z.string(), z.number()),
  /** The units eval draws from and the files held out for them. */
  eval_units: z.array(z.string()),
  eval_files: z.array(z.string()),
  eval_categories: z.record(z.string(), z.number()),
  warnings: z.array(z.string()),
  seconds: z.number(),
});
export type Summary = z.infer<typeof SummarySchema>;
export type MixRow = z.infer<typeof MixRowSchema>;

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
  written = 0;
  withMistake = 0;

  add(facts: RecordFacts, split: 'train' | 'eval', edgeCategories: ReadonlySet<string>): void {
    this.written++;
    facts.rules.forEach((r) => bump(this.perRule, r));
    bump(this.perShape, facts.shape);
    if (facts.targets < facts.assistantTurns) this.withMistake++;
    // Tool calls before submit_result: every assistant message but the last.
    bump(this.calls, String(facts.assistantTurns - 1));
    if (split === 'eval') facts.tags.filter((t) => edgeCategories.has(t)).forEach((t) => bump(this.evalCategories, t));
  }

  /** Declared against actual, for the shapes in play (declared share renormalised over them). */
  mix(declared: readonly { name: string; share: number }[]): Record<string, MixRow> {
    return Object.fromEntries(
      declared.map((s) => {
        const count = this.perShape[s.name] ?? 0;
        return [s.name, { declared: round(s.share), actual: round(count / Math.max(1, this.written)), count }];
      }),
    );
  }

  result(): Pick<Summary, 'per_rule' | 'per_shape' | 'calls_per_example' | 'eval_categories' | 'mistakes'> {
    const calls = Object.fromEntries(Object.entries(this.calls).sort(([a], [b]) => Number(a) - Number(b)));
    return {
      per_rule: sorted(this.perRule),
      per_shape: sorted(this.perShape),
      calls_per_example: calls,
      eval_categories: sorted(this.evalCategories),
      mistakes: { examples: this.withMistake, share: round(this.withMistake / Math.max(1, this.written)) },
    };
  }
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
