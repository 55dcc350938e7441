import { z } from 'zod';

const Distribution = z.strictObject({ min: z.number(), p50: z.number(), p90: z.number(), p99: z.number(), max: z.number(), mean: z.number() });
const Where = z.strictObject({ file: z.string(), line: z.number().int(), chars: z.number().int(), tokens: z.number().int() });

export const DomainStatsSchema = z.strictObject({
  domain: z.string(),
  examples: z.record(z.string(), z.number().int()),
  per_shape: z.record(z.string(), z.number().int()),
  per_rule: z.record(z.string(), z.number().int()),
  calls_per_example: z.record(z.string(), z.number().int()),
  /** Of the whole conversation as FunctionGemma's template renders it (what --single-sequence writes). */
  length_chars: Distribution,
  length_tokens: Distribution,
  longest: Where,
  distinct_node_code: z.strictObject({ distinct: z.number().int(), examples: z.number().int() }),
  /** Per split: share of examples that are a near-duplicate (shingle Jaccard >= threshold) of an earlier one in the split. */
  near_duplicates: z.record(z.string(), z.strictObject({ examples: z.number().int(), rate: z.number() })),
  train_eval_overlap: z.strictObject({
    identical_examples: z.number().int(),
    eval_node_code_in_train: z.number().int(),
    eval_near_duplicates_of_train: z.number().int(),
  }),
  over_max_chars: z.array(Where),
});

export const StatsSummarySchema = z.strictObject({
  input: z.string(),
  max_chars: z.number().int().nullable(),
  near_duplicate_similarity: z.number(),
  chars_per_token: z.number(),
  domains: z.array(DomainStatsSchema),
});

export type DomainStats = z.infer<typeof DomainStatsSchema>;
export type StatsSummary = z.infer<typeof StatsSummarySchema>;
export type Distribution = z.infer<typeof Distribution>;
