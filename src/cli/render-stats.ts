import type { Distribution, DomainStats, StatsSummary } from '../stats/stats-summary.js';

const SHOWN_OVER_MAX = 20;

function mix(title: string, rows: Record<string, number>): string {
  const entries = Object.entries(rows).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  return `  ${title}: ${entries.length ? entries.map(([k, v]) => `${k} ${v}`).join(', ') : 'none'}`;
}

const dist = (d: Distribution) => `min ${d.min}  p50 ${d.p50}  p90 ${d.p90}  p99 ${d.p99}  max ${d.max}  mean ${d.mean}`;
const pct = (rate: number) => `${(rate * 100).toFixed(1)}%`;

function domain(d: DomainStats, s: StatsSummary): string[] {
  const total = Object.values(d.examples).reduce((a, b) => a + b, 0);
  const o = d.train_eval_overlap;
  return [
    `${d.domain}: ${total} examples (${Object.entries(d.examples).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    mix('shapes', d.per_shape),
    mix('rules', d.per_rule),
    `  tool calls per example: ${Object.entries(d.calls_per_example).map(([k, v]) => `${k}: ${v}`).join(', ')}`,
    `  length, chars:        ${dist(d.length_chars)}`,
    `  length, ~tokens:      ${dist(d.length_tokens)}  (control tokens 1 each, other text ${s.chars_per_token} chars/token)`,
    `  longest: ${d.longest.file}:${d.longest.line} (${d.longest.chars} chars, ~${d.longest.tokens} tokens)`,
    `  distinct node code: ${d.distinct_node_code.distinct} in ${d.distinct_node_code.examples} examples`,
    `  near-duplicates (Jaccard >= ${s.near_duplicate_similarity} of an earlier example): ${Object.entries(d.near_duplicates).map(([k, n]) => `${k} ${n.examples} (${pct(n.rate)})`).join(', ')}`,
    `  train/eval overlap: ${o.identical_examples} identical examples, ${o.eval_node_code_in_train} eval examples with node code in train, ${o.eval_near_duplicates_of_train} eval near-duplicates of train`,
    s.max_chars === null
      ? '  over --max-chars: not checked (give --max-chars N)'
      : `  over --max-chars ${s.max_chars}: ${d.over_max_chars.length}${d.over_max_chars.length ? '' : ' examples'}`,
    ...d.over_max_chars.slice(0, SHOWN_OVER_MAX).map((w) => `    ${w.file}:${w.line}  ${w.chars} chars, ~${w.tokens} tokens`),
    ...(d.over_max_chars.length > SHOWN_OVER_MAX ? [`    ... and ${d.over_max_chars.length - SHOWN_OVER_MAX} more (--json lists all)`] : []),
  ];
}

/** The human report of `trajgen stats`: one block per domain. */
export function renderStats(s: StatsSummary): string {
  return s.domains.flatMap((d, i) => [...(i ? [''] : []), ...domain(d, s)]).join('\n');
}
