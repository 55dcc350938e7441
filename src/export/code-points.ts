/** Python string indices (code points) of UTF-16 offsets into `text`; offsets must be ascending. */
export function codePointOffsets(text: string, offsets: readonly number[]): number[] {
  const out: number[] = [];
  let unit = 0;
  let points = 0;
  for (const target of offsets) {
    for (; unit < target; unit++) {
      const c = text.charCodeAt(unit);
      // The high half of a pair counts, the low half does not.
      if (c < 0xdc00 || c > 0xdfff || unit === 0 || text.charCodeAt(unit - 1) < 0xd800 || text.charCodeAt(unit - 1) > 0xdbff) points++;
    }
    out.push(points);
  }
  return out;
}
