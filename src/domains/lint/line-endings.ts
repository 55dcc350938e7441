/**
 * A file's line endings. The lint rules work on `\n` text (ruff reports CRLF files with the same
 * lines, columns and fixes), and what the model sees — the file in the prompt, read_file — is
 * written back with the file's own endings, edits included.
 */
export interface LineEndings {
  crlf: boolean;
}

/** The endings of a file, or null when ruff would read its lines differently (a lone CR, or a mix). */
export function lineEndingsOf(text: string): LineEndings | null {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const lf = (text.match(/\n/g) ?? []).length;
  const cr = (text.match(/\r/g) ?? []).length;
  if (cr !== crlf) return null;
  if (crlf > 0 && crlf !== lf) return null;
  return { crlf: crlf > 0 };
}

export function toLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

/** `\n` text as the file writes it. */
export function shown(text: string, endings: LineEndings): string {
  return endings.crlf ? text.replace(/\n/g, '\r\n') : text;
}
