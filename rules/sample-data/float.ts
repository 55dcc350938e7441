import { byName } from '../../src/domains/sample-data/names.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';
import { pyFloat, type PyFloat } from '../../src/pyjson/py-float.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'float: prices, rates, percentages, durations, weights and coordinates, written with a decimal point; edge 0.0.',
  tags: [],
};

interface FloatRange {
  normal: [number, number];
  edge: number;
  large: [number, number];
  decimals: number;
}

const RANGES: readonly (readonly [RegExp, FloatRange])[] = [
  [/(price|amount|cost|total|fee|balance|salary|subtotal)/, { normal: [4.99, 199.99], edge: 0, large: [10000, 999999.99], decimals: 2 }],
  [/(tax_rate|ratio|fraction|probability|rate)$/, { normal: [0.05, 0.25], edge: 0, large: [0.9, 1], decimals: 2 }],
  [/percent/, { normal: [5, 50], edge: 0, large: [90, 100], decimals: 1 }],
  [/(timeout|delay|backoff|seconds|duration|interval)/, { normal: [0.5, 30], edge: 0, large: [3600, 86400], decimals: 1 }],
  [/(weight|kg|mass)/, { normal: [0.2, 25], edge: 0, large: [1000, 20000], decimals: 2 }],
  [/(lat|latitude)$/, { normal: [-60, 60], edge: 0, large: [89, 90], decimals: 4 }],
  [/(lon|lng|longitude)$/, { normal: [-170, 170], edge: 0, large: [179, 180], decimals: 4 }],
  [/(score|grade|rating)/, { normal: [55, 98], edge: 0, large: [99, 100], decimals: 1 }],
  [/(temperature|temp)/, { normal: [-5, 35], edge: 0, large: [900, 1500], decimals: 1 }],
];
const DEFAULT: FloatRange = { normal: [0.5, 250], edge: 0, large: [100000, 10000000], decimals: 2 };

export function rangeFor(name: string): FloatRange {
  return byName(name, RANGES) ?? DEFAULT;
}

function matches(type: TypeExpr): boolean {
  return type.kind === 'name' && type.name === 'float';
}

function generate(_type: TypeExpr, ctx: GenContext): PyFloat {
  const r = rangeFor(ctx.name);
  if (ctx.kind === 'edge') return pyFloat(r.edge);
  const [lo, hi] = ctx.kind === 'normal' ? r.normal : r.large;
  const scale = 10 ** r.decimals;
  return pyFloat(Math.round((lo + ctx.rng() * (hi - lo)) * scale) / scale);
}

const GUESS = /(price|amount|cost|fee|rate|ratio|delay|timeout|backoff|seconds|weight|percent|score|latitude|longitude)/;

function guessFromName(name: string): string | null {
  return GUESS.test(name.toLowerCase()) ? 'float' : null;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate, guessFromName });
