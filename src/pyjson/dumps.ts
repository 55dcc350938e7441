import { pythonFloatRepr } from './float-repr.js';
import { PyFloat } from './py-float.js';

// json.dumps(ensure_ascii=True) escapes these five by name and every other control or
// non-ASCII UTF-16 unit as \uXXXX (surrogate pairs come out as two escapes, as in Python).
const NAMED: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

function dumpString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const named = NAMED[ch];
    if (named !== undefined) out += named;
    else {
      const unit = text.charCodeAt(i);
      out += unit < 0x20 || unit > 0x7e ? `\\u${unit.toString(16).padStart(4, '0')}` : ch;
    }
  }
  return `${out}"`;
}

function dumpNumber(value: number, asFloat: boolean): string {
  if (!Number.isFinite(value)) throw new RangeError(`json.dumps cannot write ${value} as JSON here`);
  if (asFloat) return pythonFloatRepr(value);
  if (Number.isInteger(value)) return String(value);
  return pythonFloatRepr(value);
}

/** Exactly what Python's `json.dumps(value)` writes with default settings. */
export function pyDumps(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof PyFloat) return dumpNumber(value.value, true);
  switch (typeof value) {
    case 'string':
      return dumpString(value);
    case 'number':
      return dumpNumber(value, false);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      // An int beyond a double's precision, as pyLoads reads one.
      return value.toString();
    case 'object': {
      if (Array.isArray(value)) return `[${value.map((item) => pyDumps(item)).join(', ')}]`;
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      return `{${entries.map(([k, v]) => `${dumpString(k)}: ${pyDumps(v)}`).join(', ')}}`;
    }
    default:
      throw new TypeError(`json.dumps cannot write a ${typeof value}`);
  }
}
