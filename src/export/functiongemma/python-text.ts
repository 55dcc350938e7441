import { pythonFloatRepr } from '../../pyjson/float-repr.js';
import { PyFloat } from '../../pyjson/py-float.js';

// Python's str.isspace() set, which str.strip() (Jinja's trim) removes; JavaScript's trim()
// differs (it strips U+FEFF and keeps U+001C-U+001F and U+0085).
const PY_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000]);
const isPySpace = (unit: number) => PY_SPACE.has(unit) || (unit >= 0x2000 && unit <= 0x200a);

/** Python's `text.strip()`. */
export function pyStrip(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isPySpace(text.charCodeAt(start))) start++;
  while (end > start && isPySpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** Python's `str(value)` of a JSON scalar as the template prints it (`15`, `15.0`, `true`, `None`). */
export function pyScalarText(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof PyFloat) return pythonFloatRepr(value.value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : pythonFloatRepr(value);
  throw new TypeError(`not a JSON scalar: ${typeof value}`);
}

/** Python compares strings by code point; JavaScript's < compares UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(j)!;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}

/** Jinja's `dictsort` (case-insensitive on keys, stable): the order the template prints a mapping in. */
export function dictsort<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record)
    .map((entry) => ({ entry, key: entry[0].toLowerCase() }))
    .sort((a, b) => compareCodePoints(a.key, b.key))
    .map((x) => x.entry);
}
