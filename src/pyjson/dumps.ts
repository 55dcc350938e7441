import { pythonFloatRepr } from './float-repr.js';
import { PyFloat } from './py-float.js';

const NON_ASCII = /[\u007f-\uffff]/g;
const escapeUnit = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * json.dumps(ensure_ascii=True) of a string. JSON.stringify already writes what Python writes
 * for quotes, backslashes, the five named escapes, other control characters (\u00XX, lower
 * case) and lone surrogates (\udXXX); Python also escapes DEL and every other non-ASCII UTF-16
 * unit (a surrogate pair as two escapes), which the replace adds. Much faster than a loop per
 * character on the long texts the export writes.
 */
function dumpString(text: string): string {
  return JSON.stringify(text).replace(NON_ASCII, escapeUnit);
}

function dumpNumber(value: number, asFloat: boolean): string {
  if (!Number.isFinite(value)) throw new RangeError(`json.dumps cannot write ${value} as JSON here`);
  if (asFloat) return pythonFloatRepr(value);
  if (Number.isInteger(value)) return String(value);
  return pythonFloatRepr(value);
}

// Texts of values every record of a run shares (a definition's tool schemas, its system
// message): 40% of a lint record's characters, written once a run instead of once an example.
const kept = new WeakMap<object, string>();

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/**
 * Marks a value that every record shares: frozen all the way down (so the kept text cannot go
 * stale: a write to it throws), and written once here; pyDumps then uses that text.
 */
export function dumpedOnce<T extends object>(value: T): T {
  deepFreeze(value);
  if (!kept.has(value)) kept.set(value, pyDumps(value));
  return value;
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
      const text = kept.get(value);
      if (text !== undefined) return text;
      if (Array.isArray(value)) return `[${value.map((item) => pyDumps(item)).join(', ')}]`;
      let out = '';
      for (const k in value) {
        if (!Object.prototype.hasOwnProperty.call(value, k)) continue;
        const v = (value as Record<string, unknown>)[k];
        if (v === undefined) continue;
        out += `${out ? ', ' : ''}${dumpString(k)}: ${pyDumps(v)}`;
      }
      return `{${out}}`;
    }
    default:
      throw new TypeError(`json.dumps cannot write a ${typeof value}`);
  }
}
