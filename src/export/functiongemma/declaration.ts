import { TrajgenError } from '../../errors.js';
import { formatValue, isMapping } from './format-value.js';
import { dictsort } from './python-text.js';
import { END_DECL, ESC, START_DECL } from './tokens.js';

// The template skips a property whose *name* is one of these (its `standard_keys` filter).
const STANDARD_KEYS = new Set(['description', 'type', 'properties', 'required', 'nullable']);

type Schema = Record<string, unknown>;

function upper(type: unknown, where: string): string {
  if (type === undefined || type === null) return '';
  if (typeof type !== 'string') throw new TrajgenError(`${where}: a JSON Schema "type" must be one string for FunctionGemma's template, got ${JSON.stringify(type)}`);
  return type.toUpperCase();
}

const escapedList = (items: unknown[]) => items.map((r) => ESC + String(r) + ESC).join(',');
const truthy = (v: unknown) => (Array.isArray(v) ? v.length > 0 : isMapping(v) ? Object.keys(v).length > 0 : Boolean(v));

function formatProperties(props: Schema, where: string): string {
  const out: string[] = [];
  for (const [key, raw] of dictsort(props)) {
    if (STANDARD_KEYS.has(key)) continue;
    const val = (isMapping(raw) ? raw : {}) as Schema;
    const at = `${where}.${key}`;
    let s = `${key}:{description:${ESC}${typeof val.description === 'string' ? val.description : ''}${ESC}`;
    const t = upper(val.type, at);
    if (t === 'STRING') {
      if (truthy(val.enum)) s += `,enum:${formatValue(val.enum, true)}`;
    } else if (t === 'OBJECT') {
      s += `,properties:{${formatProperties(isMapping(val.properties) ? val.properties : {}, at)}}`;
      if (truthy(val.required)) s += `,required:[${escapedList(val.required as unknown[])}]`;
    } else if (t === 'ARRAY' && isMapping(val.items) && truthy(val.items)) {
      const parts: string[] = [];
      for (const [ik, iv] of dictsort(val.items)) {
        if (iv === null || iv === undefined) continue;
        if (ik === 'properties') parts.push(`properties:{${formatProperties(iv as Schema, `${at}.items`)}}`);
        else if (ik === 'required') parts.push(`required:[${escapedList(iv as unknown[])}]`);
        else if (ik === 'type') parts.push(`type:${formatValue(upper(iv, `${at}.items`), true)}`);
        else parts.push(`${ik}:${formatValue(iv, true)}`);
      }
      s += `,items:{${parts.join(',')}}`;
    }
    out.push(`${s},type:${ESC}${t}${ESC}}`);
  }
  return out.join(',');
}

export interface DeclaredTool {
  function: { name: string; description?: string; parameters?: Schema };
}

/**
 * One `<start_function_declaration>...` block. Only description, properties (dictsorted, each
 * with description, enum for strings, nested properties or items, upper-cased type), required
 * (in the given order) and type are written; other schema keys are dropped, as the template does.
 */
export function formatDeclaration(tool: DeclaredTool): string {
  const fn = tool.function;
  const where = `tool ${fn.name}: parameters`;
  let s = `declaration:${fn.name}{description:${ESC}${fn.description ?? ''}${ESC}`;
  const p = fn.parameters;
  if (p && truthy(p)) {
    s += ',parameters:{';
    if (truthy(p.properties)) s += `properties:{${formatProperties(p.properties as Schema, where)}},`;
    if (truthy(p.required)) s += `required:[${escapedList(p.required as unknown[])}],`;
    // Without a type the template never closes `parameters:{` (its quirk, kept).
    if (truthy(p.type)) s += `type:${ESC}${upper(p.type, where)}${ESC}}`;
  }
  return `${START_DECL}${s}}${END_DECL}`;
}
