import { pick } from '../../src/generate/rng.js';
import type { GenContext, SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

export const meta: SampleRuleMeta = {
  id: 'literal',
  description: 'Literal[...]: one of the listed members, exactly as written; edge the first member, large the last.',
  tags: ['literal'],
};

export function matches(type: TypeExpr): boolean {
  return type.kind === 'literal' && type.values.length > 0;
}

export function generate(type: TypeExpr, ctx: GenContext): unknown {
  if (type.kind !== 'literal') throw new Error(`literal rule given ${type.text}`);
  if (ctx.kind === 'edge') return type.values[0];
  if (ctx.kind === 'large') return type.values[type.values.length - 1];
  return pick(ctx.rng, type.values);
}
