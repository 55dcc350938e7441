import { pick } from '../../src/generate/rng.js';
import { UnknownTypeError } from '../../src/domains/sample-data/generate-value.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'Unions: `X | None`, `Optional[X]`, `Union[X, Y]` and a bare `None`; the edge case is None exactly when the type allows it.',
  tags: ['optional'],
};

function matches(type: TypeExpr): boolean {
  return type.kind === 'union' || type.kind === 'none';
}

function allowsNone(type: TypeExpr & { kind: 'union' }): boolean {
  return type.options.some((o) => o.kind === 'none');
}

function generate(type: TypeExpr, ctx: GenContext): unknown {
  if (type.kind === 'none') return null;
  if (type.kind !== 'union') throw new Error(`optional rule given ${type.text}`);
  const some = type.options.filter((o) => o.kind !== 'none');
  if (ctx.kind === 'edge' && allowsNone(type)) return null;
  // The first member for edge and large keeps those cases predictable; normal varies. A member
  // no rule can generate (bytes in `str | bytes`) gives way to the next one.
  const chosen = ctx.kind === 'normal' ? pick(ctx.rng, some) : some[0];
  for (const option of [chosen, ...some.filter((o) => o !== chosen)]) {
    try {
      return ctx.recurse(option, ctx.name, ctx.kind);
    } catch (e) {
      if (!(e instanceof UnknownTypeError)) throw e;
    }
  }
  throw new UnknownTypeError(type.text);
}

export default defineSampleRule(import.meta.url, { meta, matches, generate });
