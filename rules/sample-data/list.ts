import { intBetween } from '../../src/generate/rng.js';
import { singular } from '../../src/domains/sample-data/names.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'list[X] and Sequence[X]: 2-4 items named after the singular of the parameter; edge [], large 25-40 items (8-12 when the items are containers or records).',
  tags: [],
};

const NAMES = new Set(['list', 'Sequence', 'Iterable', 'MutableSequence', 'Collection']);

function matches(type: TypeExpr): boolean {
  return type.kind === 'generic' && NAMES.has(type.name) && type.args.length === 1 && type.args[0].kind !== 'ellipsis';
}

/** Items that are themselves containers or records make a long list very long in tokens. */
export function isComposite(type: TypeExpr, scope: GenContext['scope']): boolean {
  if (type.kind === 'generic') return true;
  if (type.kind === 'union') return type.options.some((o) => isComposite(o, scope));
  return type.kind === 'name' && type.name in scope.dataclasses;
}

function generate(type: TypeExpr, ctx: GenContext): unknown[] {
  if (type.kind !== 'generic') throw new Error(`list rule given ${type.text}`);
  if (ctx.kind === 'edge') return [];
  const item = type.args[0];
  const n = ctx.kind === 'normal' ? intBetween(ctx.rng, 2, 4) : isComposite(item, ctx.scope) ? intBetween(ctx.rng, 8, 12) : intBetween(ctx.rng, 25, 40);
  // Items of a large list are ordinary values: it is the number of them that is large.
  return Array.from({ length: n }, () => ctx.recurse(item, singular(ctx.name), 'normal'));
}

const GUESS = /(items|names|emails|tags|lines|words|paths|urls|hosts|recipients|records|titles)$/;
// Sequences that numeric code (heapq, bisect, statistics) walks.
const GUESS_NUMBERS = /^(heap|seq|iterable|values|numbers|nums|data)$/;

function guessFromName(name: string): string | null {
  const n = name.toLowerCase();
  if (GUESS.test(n)) return 'list[str]';
  return GUESS_NUMBERS.test(n) ? 'list[int]' : null;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate, guessFromName });
