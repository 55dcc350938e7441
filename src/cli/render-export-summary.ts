import type { ExportSummary } from '../export/summary.js';

const RECORD_NAMES: Record<string, string> = { pairs: 'prompt/completion pairs', sequence: 'sequences', rows: 'rows' };

function recordKind(s: ExportSummary): string {
  if (s.format === 'functiongemma') return s.single_sequence ? RECORD_NAMES.sequence : RECORD_NAMES.pairs;
  if (s.format === 'trl' && s.prompt_completion) return 'prompt/completion rows';
  return RECORD_NAMES.rows;
}

/** The human summary of an export run (warnings went to stderr as they happened). */
export function renderExportSummary(s: ExportSummary): string {
  const total = (key: 'examples' | 'exported' | 'records' | 'dropped_special_tokens' | 'dropped_unreadable') => s.files.reduce((n, f) => n + f[key], 0);
  const width = Math.max(...s.files.map((f) => `${f.domain}/${f.split}`.length), 5);
  return [
    `export ${s.format}: ${total('exported')} of ${total('examples')} examples -> ${total('records')} ${recordKind(s)} in ${s.seconds.toFixed(1)}s`,
    `  [Context]: ${s.context === 'drop' ? 'dropped' : `a context response ${s.context} the tool's own`}; tool results: ${s.format === 'openai' ? 'JSON text' : s.tool_response}`,
    ...s.files.map((f) => `  ${`${f.domain}/${f.split}`.padEnd(width)}  ${String(f.exported).padStart(6)} examples  ${String(f.records).padStart(7)} records  ${f.output}`),
    `  dropped: ${total('dropped_special_tokens')} for control tokens, ${total('dropped_unreadable')} that did not read back`,
    ...s.cards.map((c) => `  card   ${c}`),
  ].join('\n');
}
