/**
 * A two-column markdown table of counts (largest first, ties by name; or in key order for a
 * histogram), or a line saying there are none.
 */
export function countTable(heading: string, counts: Record<string, number>, order: 'by-count' | 'as-given' = 'by-count'): string[] {
  const rows = Object.entries(counts);
  if (order === 'by-count') rows.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  if (rows.length === 0) return [`${heading}: none.`, ''];
  return [`| ${heading} | examples |`, '|---|---:|', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''];
}

export const codeBlock = (lang: string, lines: string[]) => ['```' + lang, ...lines, '```', ''];
