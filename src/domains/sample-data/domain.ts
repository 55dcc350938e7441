import { defineDomain, type Unit, type Variant } from '../../generate/domain.js';
import type { LoadedDefinition } from '../../definition/load-definition.js';
import type { Rng } from '../../generate/rng.js';
import type { Shape } from '../../shapes/schema.js';
import { loadPlans } from './load-plans.js';
import type { FunctionPlan } from './plan.js';
import { playShape } from './policy.js';
import type { SampleRule } from './rule.js';
import { loadSampleRules } from './rules.js';
import { makeScenario, scenarioKey } from './scenario.js';
import { vocabulary } from './shape-vocabulary.js';

// Distinct fixture-folder scenarios tried per function and shape before its lane counts as dry.
const SCENARIO_TRIES = 400;

function unitOf(plan: FunctionPlan, definition: LoadedDefinition, rules: readonly SampleRule[], others: readonly string[]): Unit {
  return {
    id: `${plan.node.file_path}::${plan.node.name}`,
    file: plan.node.file_path,
    categories: plan.categories,
    *variants(shape: Shape, rng: Rng): Generator<Variant | null> {
      // The scenario is what the [Context] shows: the fixture files that already exist.
      const own = shape.when.includes('own-fixtures-exist');
      const seen = new Set<string>();
      for (let i = 0; i < SCENARIO_TRIES; i++) {
        const scenario = makeScenario(rng, own, plan.name, others);
        const key = scenarioKey(scenario);
        if (seen.has(key)) {
          yield null;
          continue;
        }
        seen.add(key);
        yield { nodeCode: plan.node.text, build: (seed) => playShape({ definition, plan, rules, shape, scenario }, seed) };
      }
    },
  };
}

export const domain = defineDomain('sample-data', {
  providers: ['existing_fixtures'],
  vocabulary,
  async loadUnits(ctx) {
    const rules = await loadSampleRules();
    const plans = loadPlans(ctx, rules);
    const names = [...new Set(plans.map((p) => p.name))].sort();
    return plans.map((plan) => unitOf(plan, ctx.definition, rules, names));
  },
});
