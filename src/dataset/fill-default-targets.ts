/**
 * Files written before meta.targets existed learn from every assistant turn: fills that in on
 * a freshly parsed line (before validation), so the rest of the export reads meta.targets only.
 */
export function fillDefaultTargets(line: unknown): void {
  if (line === null || typeof line !== 'object') return;
  const { messages, meta } = line as { messages?: unknown; meta?: unknown };
  if (!Array.isArray(messages) || meta === null || typeof meta !== 'object' || 'targets' in meta) return;
  (meta as { targets: number[] }).targets = messages.flatMap((m, i) => ((m as { role?: unknown })?.role === 'assistant' ? [i] : []));
}
