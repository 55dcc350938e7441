import type { TextEdit } from './rule.js';

export interface FixLike {
  edits: TextEdit[];
}

/**
 * One `ruff check --fix` pass, mirroring ruff's apply_fixes: fixes in order of their first
 * edit (stable), an edit already applied by an earlier fix is not applied again, and a fix
 * whose first new edit starts at or before the end of the last applied edit is skipped
 * until the next pass.
 */
export function applyFixPass(code: string, fixes: readonly FixLike[]): { code: string; applied: number } {
  const minStart = (f: FixLike) => Math.min(...f.edits.map((e) => e.start));
  const ordered = fixes.map((f, i) => ({ f, i })).sort((a, b) => minStart(a.f) - minStart(b.f) || a.i - b.i);
  const done = new Set<string>();
  let out = '';
  let lastPos: number | null = null;
  let applied = 0;
  for (const { f } of ordered) {
    const fresh = [...f.edits].sort((a, b) => a.start - b.start).filter((e) => !done.has(`${e.start}:${e.end}:${e.text}`));
    if (fresh.length > 0 && lastPos !== null && lastPos >= fresh[0].start) continue;
    for (const e of fresh) {
      out += code.slice(lastPos ?? 0, e.start) + e.text;
      lastPos = e.end;
      done.add(`${e.start}:${e.end}:${e.text}`);
    }
    applied++;
  }
  return { code: out + code.slice(lastPos ?? 0), applied };
}
