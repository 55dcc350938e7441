import { intBetween } from '../../src/generate/rng.js';
import { singular } from '../../src/domains/sample-data/names.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';
import { toPlain } from '../../src/pyjson/to-plain.js';

const RANGE_NAME = /(hour|range|span|interval|period|busy|window)/;

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'tuple[X, Y] (fixed length, one value per position) and tuple[X, ...] (like a list); written as a JSON list.',
  tags: [],
};

function variadic(type: TypeExpr & { kind: 'generic' }): boolean {
  return type.args.length === 2 && type.args[1].kind === 'ellipsis';
}

function matches(type: TypeExpr): boolean {
  if (type.kind !== 'generic' || type.name !== 'tuple' || type.args.length === 0) return false;
  return variadic(type) || type.args.every((a) => a.kind !== 'ellipsis' && a.kind !== 'unsupported');
}

function generate(type: TypeExpr, ctx: GenContext): unknown[] {
  if (type.kind !== 'generic') throw new Error(`tuple rule given ${type.text}`);
  if (variadic(type)) {
    if (ctx.kind === 'edge') return [];
    const n = ctx.kind === 'normal' ? intBetween(ctx.rng, 2, 4) : intBetween(ctx.rng, 20, 30);
    return Array.from({ length: n }, () => ctx.recurse(type.args[0], singular(ctx.name), 'normal'));
  }
  // A fixed-length tuple has no empty form: its edge is each position's edge value.
  const values = type.args.map((a) => ctx.recurse(a, ctx.name, ctx.kind));
  // A (start, end) pair of one numeric type reads as a range, so it is written low to high.
  if (RANGE_NAME.test(ctx.name) && values.length === 2 && type.args[0].text === type.args[1].text && values.every((v) => typeof toPlain(v) === 'number')) {
    return [...values].sort((a, b) => (toPlain(a) as number) - (toPlain(b) as number));
  }
  return values;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate });
