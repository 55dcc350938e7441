import { defineDomain, type Domain, type Unit, type Variant } from '../../generate/domain.js';
import type { LoadedDefinition } from '../../definition/load-definition.js';
import { rngFor, type Rng } from '../../generate/rng.js';
import { loadPlans } from './load-plans.js';
import type { FunctionPlan } from './plan.js';
import { playShape } from './policy.js';
import type { SampleRule } from './rule.js';
import { loadSampleRules } from './rules.js';
import { makeScenario } from './scenario.js';
import { SHAPES, type Shape } from './shapes.js';

// Variants per function: values are seeded, so the stream could go on; this is plenty.
const VARIANTS_PER_UNIT = 300;

function pickShape(rng: Rng, shapes: readonly Shape[]): Shape {
  const total = shapes.reduce((n, s) => n + s.weight, 0);
  let x = rng() * total;
  for (const s of shapes) {
    x -= s.weight;
    if (x < 0) return s;
  }
  return shapes[shapes.length - 1];
}

function unitOf(plan: FunctionPlan, definition: LoadedDefinition, rules: readonly SampleRule[], others: readonly string[]): Unit {
  const shapes = SHAPES.filter((s) => s.fits(plan));
  return {
    id: `${plan.node.file_path}::${plan.node.name}`,
    fixture: plan.node.file_path,
    categories: plan.categories,
    *variants(rng): Generator<Variant> {
      for (let i = 0; i < VARIANTS_PER_UNIT; i++) {
        // Every shape shows the same code and carries the unit's categories in meta.tags.
        const shape = pickShape(rng, shapes);
        const variantSeed = Math.floor(rng() * 2 ** 31);
        const scenario = makeScenario(rngFor(variantSeed, 'sample-data', 'scenario'), shape.own, plan.name, others);
        const omitDefaults = rng() < 0.3;
        yield { nodeCode: plan.node.text, build: (seed) => playShape({ definition, plan, rules, shape, scenario, variantSeed, omitDefaults }, seed) };
      }
    },
  };
}

export const domain: Domain = defineDomain('sample-data', {
  requiredTools: ['analyze_signature', 'write_fixture_file', 'submit_result'],
  providers: ['existing_fixtures'],
  async loadUnits(ctx) {
    const rules = await loadSampleRules();
    const plans = loadPlans(ctx, rules);
    const names = [...new Set(plans.map((p) => p.name))].sort();
    return plans.map((plan) => unitOf(plan, ctx.definition, rules, names));
  },
});
