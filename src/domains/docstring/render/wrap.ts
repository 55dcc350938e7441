/** Docstring lines stay within this many characters (before the file's own indentation). */
export const WIDTH = 72;

/**
 * Greedy word wrap: the first line starts with `first` (e.g. `    name (int): `), the rest
 * with `indent`. Words are never split, so a long type may overrun, as people let it.
 */
export function wrap(first: string, text: string, indent: string, width = WIDTH): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = first;
  let fresh = true;
  for (const w of words) {
    const sep = fresh ? '' : ' ';
    if (!fresh && line.length + 1 + w.length > width) {
      lines.push(line);
      line = indent + w;
    } else line += sep + w;
    fresh = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** Summary (one line, never wrapped), then the optional longer description as its own paragraph. */
export function headLines(summary: string, description: string | null): string[] {
  const out = [summary];
  if (description) out.push('', ...wrap('', description, ''));
  return out;
}
