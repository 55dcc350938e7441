import { PyFloat } from '../../pyjson/py-float.js';
import { dictsort, pyScalarText } from './python-text.js';
import { ESC } from './tokens.js';

export function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof PyFloat);
}

/**
 * A value as the template writes it inside a call, a response or a schema: strings between
 * <escape> tokens and otherwise verbatim, mappings with dictsorted keys, Python str() scalars.
 * Keys are escaped only inside declarations.
 */
export function formatValue(value: unknown, escapeKeys: boolean): string {
  if (typeof value === 'string') return ESC + value + ESC;
  if (Array.isArray(value)) return `[${value.map((v) => formatValue(v, escapeKeys)).join(',')}]`;
  if (isMapping(value)) return `{${formatPairs(value, escapeKeys)}}`;
  return pyScalarText(value);
}

/** `k:v,k:v` of a mapping, in dictsort order (the body of a call, a response or a nested object). */
export function formatPairs(record: Record<string, unknown>, escapeKeys: boolean): string {
  return dictsort(record)
    .map(([k, v]) => `${escapeKeys ? ESC + k + ESC : k}:${formatValue(v, escapeKeys)}`)
    .join(',');
}
