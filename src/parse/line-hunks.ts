import type { Edit, Point } from 'web-tree-sitter';

// Lines on each side of the changed span past which the line diff (quadratic) is not tried: the
// span is then one edit, as before. An example's edits span a dozen lines or so.
const MAX_DIFF_CELLS = 40_000;

/** A changed run of lines: old text [start, oldEnd) became new text [newStart, newEnd). */
interface Hunk {
  start: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/** The point after `text` when it starts at `from`. */
function advance(from: Point, text: string): Point {
  const lastBreak = text.lastIndexOf('\n');
  if (lastBreak < 0) return { row: from.row, column: from.column + text.length };
  let rows = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) rows++;
  return { row: from.row + rows, column: text.length - lastBreak - 1 };
}

/** Where an offset sits (rows split at `\n`, columns in UTF-16 units). */
function pointAt(text: string, offset: number): Point {
  return advance({ row: 0, column: 0 }, text.slice(0, offset));
}

/** The changed runs of lines between the old and new lines of a span, by their longest common subsequence. */
function diffLines(a: string[], b: string[], aStart: number, bStart: number): Hunk[] {
  const n = a.length;
  const m = b.length;
  // common[i][j]: the longest common subsequence of a[i..] and b[j..], in a flat array.
  const common = new Int32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) common[at(i, j)] = a[i] === b[j] ? common[at(i + 1, j + 1)] + 1 : Math.max(common[at(i + 1, j)], common[at(i, j + 1)]);
  }
  const out: Hunk[] = [];
  let open: Hunk | null = null;
  let aAt = aStart;
  let bAt = bStart;
  for (let i = 0, j = 0; i < n || j < m; ) {
    if (i < n && j < m && a[i] === b[j]) {
      if (open) out.push(open);
      open = null;
      aAt += a[i++].length;
      bAt += b[j++].length;
    } else if (j < m && (i === n || common[at(i, j + 1)] >= common[at(i + 1, j)])) {
      open ??= { start: aAt, oldEnd: aAt, newStart: bAt, newEnd: bAt };
      bAt += b[j++].length;
      open.newEnd = bAt;
    } else {
      open ??= { start: aAt, oldEnd: aAt, newStart: bAt, newEnd: bAt };
      aAt += a[i++].length;
      open.oldEnd = aAt;
    }
  }
  if (open) out.push(open);
  return out;
}

/** The text's lines, each with its `\n`. */
const linesOf = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/**
 * The edits that turn `before` into `after`, one per changed run of lines, last first: the
 * order in which tree.edit takes them, each in the old text's terms, since nothing before it
 * has moved yet. tree-sitter then re-reads only those runs: a mutation's injections sit lines
 * apart, and one edit spanning all of them made it re-read everything in between (a quarter
 * of the file on the shipped fixtures).
 */
export function lineHunks(before: string, after: string): Edit[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  // Whole lines: from the start of the first changed line to the end of the last.
  const lineStart = before.lastIndexOf('\n', start - 1) + 1;
  const oldBreak = before.indexOf('\n', before.length - tail);
  const oldEnd = oldBreak < 0 ? before.length : oldBreak + 1;
  const newEnd = after.length - (before.length - oldEnd);
  const a = linesOf(before.slice(lineStart, oldEnd));
  const b = linesOf(after.slice(lineStart, newEnd));
  const hunks = (a.length + 1) * (b.length + 1) > MAX_DIFF_CELLS ? [{ start: lineStart, oldEnd, newStart: lineStart, newEnd }] : diffLines(a, b, lineStart, lineStart);
  const edits: Edit[] = [];
  for (let k = hunks.length - 1; k >= 0; k--) {
    const h = hunks[k];
    const startPosition = pointAt(before, h.start);
    const inserted = after.slice(h.newStart, h.newEnd);
    edits.push({
      startIndex: h.start,
      oldEndIndex: h.oldEnd,
      newEndIndex: h.start + inserted.length,
      startPosition,
      oldEndPosition: advance(startPosition, before.slice(h.start, h.oldEnd)),
      newEndPosition: advance(startPosition, inserted),
    });
  }
  return edits;
}
