import type { Summary } from '../generate/summary.js';

function table(title: string, rows: Record<string, number>): string[] {
  const entries = Object.entries(rows);
  if (entries.length === 0) return [`  ${title}: none`];
  const width = Math.max(...entries.map(([k]) => k.length));
  return [`  ${title}:`, ...entries.map(([k, v]) => `    ${k.padEnd(width)}  ${v}`)];
}

function histogram(rows: Record<string, number>): string[] {
  const max = Math.max(1, ...Object.values(rows));
  return ['  tool calls per example (before submit_result):', ...Object.entries(rows).map(([k, v]) => `    ${k.padStart(2)}  ${'#'.repeat(Math.max(1, Math.round((v / max) * 30)))} ${v}`)];
}

export function renderSummary(s: Summary): string {
  return [
    `${s.domain}: wrote ${s.train + s.eval} examples in ${s.seconds.toFixed(1)}s (seed ${s.seed})`,
    `  train  ${String(s.train).padStart(6)}  ${s.files.train}`,
    `  eval   ${String(s.eval).padStart(6)}  ${s.files.eval}  (${s.eval_units} held-out edge units)`,
    ...table('per rule', s.per_rule),
    ...table('per shape', s.per_shape),
    ...histogram(s.calls_per_example),
    ...table('edge categories in eval', s.eval_categories),
  ].join('\n');
}
