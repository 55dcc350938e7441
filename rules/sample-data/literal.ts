import { pick } from '../../src/generate/rng.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'Literal[...]: one of the listed members, exactly as written; edge the first member, large the last.',
  tags: ['literal'],
};

function matches(type: TypeExpr): boolean {
  return type.kind === 'literal' && type.values.length > 0;
}

function generate(type: TypeExpr, ctx: GenContext): unknown {
  if (type.kind !== 'literal') throw new Error(`literal rule given ${type.text}`);
  if (ctx.kind === 'edge') return type.values[0];
  if (ctx.kind === 'large') return type.values[type.values.length - 1];
  return pick(ctx.rng, type.values);
}

export default defineSampleRule(import.meta.url, { meta, matches, generate });
