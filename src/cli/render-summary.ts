import type { MixRow, Summary } from '../generate/summary.js';

function table(title: string, rows: Record<string, number>): string[] {
  const entries = Object.entries(rows);
  if (entries.length === 0) return [`  ${title}: none`];
  const width = Math.max(...entries.map(([k]) => k.length));
  return [`  ${title}:`, ...entries.map(([k, v]) => `    ${k.padEnd(width)}  ${v}`)];
}

const pct = (x: number) => `${(x * 100).toFixed(1).padStart(5)}%`;

function mixTable(shapesFile: string, rows: Record<string, MixRow>): string[] {
  const entries = Object.entries(rows);
  const width = Math.max(5, ...entries.map(([k]) => k.length));
  return [
    `  shape mix (declared in ${shapesFile} vs written):`,
    `    ${'shape'.padEnd(width)}  declared   actual  count`,
    ...entries.map(([k, r]) => `    ${k.padEnd(width)}  ${pct(r.declared)}   ${pct(r.actual)}  ${String(r.count).padStart(5)}`),
  ];
}

function histogram(rows: Record<string, number>): string[] {
  const max = Math.max(1, ...Object.values(rows));
  return ['  tool calls per example (before submit_result):', ...Object.entries(rows).map(([k, v]) => `    ${k.padStart(2)}  ${'#'.repeat(Math.max(1, Math.round((v / max) * 30)))} ${v}`)];
}

function reasons(skipped: Record<string, number>): string {
  const parts = Object.entries(skipped).map(([why, n]) => `${n} ${why}`);
  return parts.length ? ` (${parts.join('; ')})` : '';
}

export function renderSummary(s: Summary): string {
  const skippedFiles = s.sources.found - s.sources.used;
  const skippedUnits = s.units.found - s.units.used;
  return [
    `${s.domain}: wrote ${s.train + s.eval} examples in ${s.seconds.toFixed(1)}s (seed ${s.seed})`,
    `  files: ${s.sources.found} found, ${s.sources.used} used, ${skippedFiles} skipped${reasons(s.sources.skipped)}`,
    `  units: ${s.units.found} found, ${s.units.used} used, ${skippedUnits} without an example${reasons(s.units.skipped)}`,
    `  distinct node code per 1,000 examples: ${s.distinct_code_per_1000}`,
    `  train  ${String(s.train).padStart(6)}  ${s.files.train}`,
    `  eval   ${String(s.eval).padStart(6)}  ${s.files.eval}  (${s.eval_units.length} edge units from ${s.eval_files.length} held-out files)`,
    ...mixTable(s.shapes_file, s.mix),
    `  with a deliberate mistake (not learned): ${s.mistakes.examples} (${(s.mistakes.share * 100).toFixed(1)}%)`,
    ...table('per rule', s.per_rule),
    ...histogram(s.calls_per_example),
    `  eval files: ${s.eval_files.join(', ') || 'none'}`,
    ...table('edge categories in eval', s.eval_categories),
  ].join('\n');
}
