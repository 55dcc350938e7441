import type { Unit, Variant } from '../../generate/domain.js';
import { intBetween, pick, shuffled, type Rng } from '../../generate/rng.js';
import type { Shape } from '../../shapes/schema.js';
import { existingTests } from './existing-tests.js';
import { playShape, type TestScenario } from './policy.js';
import { wrongExpectations } from './wrong.js';

// Distinct starting test files tried per function and shape before its lane counts as dry.
const STATE_TRIES = 300;

export type UnitInput = Omit<TestScenario, 'existing' | 'tested' | 'tags'>;

/** Edge categories of the function's code and curated behaviour (the unit's, for the eval hold-out). */
export function unitCategories(s: UnitInput): string[] {
  const out = [...s.fn.categories];
  if (s.fn.cases.some((c) => c.outcome.kind === 'raises')) out.push('raises');
  return out;
}

function subset<T>(rng: Rng, items: readonly T[], min: number, max: number): T[] {
  return shuffled(rng, items).slice(0, intBetween(rng, min, Math.max(min, max)));
}

/** How many of the function's cases the starting file tests, as the shape's predicates ask. */
function testedFor(shape: Shape, s: UnitInput, rng: Rng): string[] | null {
  const ids = s.fn.cases.map((c) => c.id);
  if (shape.when.includes('fully-tested')) return ids;
  if (shape.when.includes('untested')) return [];
  if (shape.when.includes('partly-tested')) return ids.length < 2 ? null : subset(rng, ids, 1, ids.length - 1);
  return subset(rng, ids, 0, ids.length - 1);
}

/**
 * One unit per function under test. A variant is a starting test file (how much of this
 * function it tests, and which tests of its neighbours it holds) and, for a shape with a
 * mistake, the wrong expectation; everything after is the procedure's.
 */
export function testUnit(input: UnitInput): Unit {
  const categories = unitCategories(input);
  const others = input.module.functions.filter((f) => f !== input.fn && f.cases.length > 0);
  return {
    id: `${input.module.file}::${input.fn.qualName}`,
    file: input.module.file,
    categories,
    *variants(shape: Shape, rng: Rng): Generator<Variant | null> {
      const seen = new Set<string>();
      const mistaken = shape.steps.some((st) => st.mistake);
      for (let i = 0; i < STATE_TRIES; i++) {
        const tested = testedFor(shape, input, rng);
        if (tested === null) return;
        const neighbours = new Map(subset(rng, others, 0, 2).map((f) => [f.qualName, subset(rng, f.cases, 1, 3).map((c) => c.id)]));
        const map = new Map([...neighbours, ...(tested.length ? [[input.fn.qualName, tested] as const] : [])]);
        const key = JSON.stringify([...map].sort());
        const options = mistaken ? wrongExpectations(input.fn.cases.filter((c) => !tested.includes(c.id))) : [];
        if (seen.has(key) || (mistaken && options.length === 0)) {
          yield null;
          continue;
        }
        seen.add(key);
        const wrong = mistaken ? pick(rng, options) : null;
        const tags = [...categories];
        if (tested.length) tags.push('existing_tests');
        if (tested.length === input.fn.cases.length) tags.push('already_tested');
        const s: TestScenario = { ...input, existing: existingTests(input.module, input.rules, map), tested, tags: tags.sort() };
        yield { nodeCode: input.fn.node.text, build: (seed) => playShape(s, shape, wrong, seed) };
      }
    },
  };
}
