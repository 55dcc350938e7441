import type { TextEdit } from './rule.js';

/** Applies non-overlapping edits (any order given) to the text. */
export function applyEdits(code: string, edits: readonly TextEdit[]): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of ordered) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += code.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + code.slice(at);
}
