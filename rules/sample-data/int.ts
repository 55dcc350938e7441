import { intBetween } from '../../src/generate/rng.js';
import { byName } from '../../src/domains/sample-data/names.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'int: counts, sizes, ports, ages, hours; edge 0 (or the lowest valid value), large near the top of the range.',
  tags: [],
};

interface IntRange {
  normal: [number, number];
  edge: number;
  large: [number, number];
}

// Ranges by what the name means; the first match wins. Edges are 0 where 0 is a valid value.
const RANGES: readonly (readonly [RegExp, IntRange])[] = [
  [/(^low$|^lo$|lower|floor)/, { normal: [0, 10], edge: 0, large: [1000, 5000] }],
  [/(^high$|^hi$|upper|ceiling)/, { normal: [50, 100], edge: 0, large: [100000, 1000000] }],
  [/min_length/, { normal: [6, 16], edge: 0, large: [64, 128] }],
  [/port/, { normal: [1024, 9000], edge: 1, large: [60000, 65535] }],
  [/(^|_)age$/, { normal: [18, 80], edge: 0, large: [100, 120] }],
  [/hour/, { normal: [8, 18], edge: 0, large: [22, 23] }],
  [/percent/, { normal: [5, 50], edge: 0, large: [90, 100] }],
  [/(attempt|retries|retry)/, { normal: [1, 5], edge: 0, large: [20, 50] }],
  [/(day|days)$/, { normal: [1, 30], edge: 0, large: [180, 365] }],
  [/(year)/, { normal: [2015, 2025], edge: 1970, large: [2090, 2099] }],
  [/(page|window|bins|step)/, { normal: [2, 10], edge: 0, large: [500, 5000] }],
  [/(delta|change|offset)/, { normal: [-20, 20], edge: 0, large: [100000, 1000000] }],
  [/(size|length|limit|width|threshold|max|min)/, { normal: [10, 120], edge: 0, large: [10000, 100000] }],
  [/(count|quantity|amount|total|occurrences|number|num|^n$)/, { normal: [1, 25], edge: 0, large: [10000, 1000000] }],
  [/(id|_id)$/, { normal: [1, 99999], edge: 1, large: [10000000, 99999999] }],
];
const DEFAULT: IntRange = { normal: [1, 100], edge: 0, large: [100000, 10000000] };

export function rangeFor(name: string): IntRange {
  return byName(name, RANGES) ?? DEFAULT;
}

function matches(type: TypeExpr): boolean {
  return type.kind === 'name' && type.name === 'int';
}

function generate(_type: TypeExpr, ctx: GenContext): number {
  const r = rangeFor(ctx.name);
  if (ctx.kind === 'edge') return r.edge;
  const [lo, hi] = ctx.kind === 'normal' ? r.normal : r.large;
  return intBetween(ctx.rng, lo, hi);
}

const GUESS = /(^n$|^x$|^i$|^k$|month$|count|quantity|page|per_page|limit|size|length|port|age|attempt|retries|index|step|start|low|high|width|bins|threshold|year|day|hours?$|_id$|^id$)/;

function guessFromName(name: string): string | null {
  return GUESS.test(name.toLowerCase()) ? 'int' : null;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate, guessFromName });
