import { PyFloat } from '../../../pyjson/py-float.js';
import { pythonFloatRepr } from '../../../pyjson/float-repr.js';

/** A generated value (JSON-like, PyFloat for floats) as Python source; null when it has no literal. */
export function pyLiteral(value: unknown): string | null {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (value instanceof PyFloat) return Number.isFinite(value.value) ? pythonFloatRepr(value.value) : null;
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pythonFloatRepr(value);
  if (typeof value === 'string') return JSON.stringify(value).replace(/\\u([0-9a-f]{4})/g, (_, h: string) => `\\u${h}`);
  if (Array.isArray(value)) {
    const items = value.map(pyLiteral);
    return items.every((i) => i !== null) ? `[${items.join(', ')}]` : null;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => [pyLiteral(k), pyLiteral(v)]);
    return entries.every(([k, v]) => k !== null && v !== null) ? `{${entries.map(([k, v]) => `${k}: ${v}`).join(', ')}}` : null;
  }
  return null;
}
