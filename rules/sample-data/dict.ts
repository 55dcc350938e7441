import { intBetween } from '../../src/generate/rng.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';
import { isComposite } from './list.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'dict[str, V] and Mapping[str, V]: keys named for the mapping (header names, SKUs, setting names); edge {}, large 20-30 entries (6-10 for composite values). JSON keys are strings, so only str keys are generated.',
  tags: [],
};

const NAMES = new Set(['dict', 'Mapping', 'MutableMapping']);

function matches(type: TypeExpr): boolean {
  if (type.kind !== 'generic' || !NAMES.has(type.name) || type.args.length !== 2) return false;
  const key = type.args[0];
  return key.kind === 'name' && key.name === 'str';
}

function generate(type: TypeExpr, ctx: GenContext): Record<string, unknown> {
  if (type.kind !== 'generic') throw new Error(`dict rule given ${type.text}`);
  if (ctx.kind === 'edge') return {};
  const [keyType, valueType] = type.args;
  const n = ctx.kind === 'normal' ? intBetween(ctx.rng, 2, 3) : isComposite(valueType, ctx.scope) ? intBetween(ctx.rng, 6, 10) : intBetween(ctx.rng, 20, 30);
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    let key = String(ctx.recurse(keyType, `${ctx.name}.key`, 'normal'));
    // Key pools are small; a repeated key gets a number rather than silently shrinking the dict.
    if (key in out) key = `${key}_${i + 1}`;
    out[key] = ctx.recurse(valueType, `${ctx.name}.value`, 'normal');
  }
  return out;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate });
