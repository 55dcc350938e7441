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

function unitOf(plan: FunctionPlan, definition: LoadedDefinition, rules: readonly SampleRule[], others: readonly string[], seenBeforeWrite: boolean): Unit {
  return {
    id: `${plan.node.file_path}::${plan.node.name}`,
    file: plan.node.file_path,
    categories: plan.categories,
    *variants(shape: Shape, rng: Rng): Generator<Variant | null> {
      // The scenario is what the [Context] shows: the fixture files that already exist.
      const own = shape.when.includes('own-fixtures-exist');
      if (own && !seenBeforeWrite) return;
      const seen = new Set<string>();
      for (let i = 0; i < SCENARIO_TRIES; i++) {
        const scenario = makeScenario(rng, own, plan.name, others, seenBeforeWrite);
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

/**
 * The procedure decides to skip, and picks YAML, from the existing_fixtures [Context] after
 * analyze_signature. A definition that attaches it to another tool (or to none) shows it too
 * late: then no example starts with the function's own fixtures, and existing files are JSON.
 */
function existingSeenFirst(definition: LoadedDefinition, warn: (msg: string) => void): boolean {
  if (definition.providersOf('analyze_signature').includes('existing_fixtures')) return true;
  const where = definition.definition.tools.find((t) => definition.providersOf(t.name).includes('existing_fixtures'))?.name;
  warn(
    `${definition.path}: existing_fixtures ${where ? `comes only after ${where}` : 'is attached to no tool'}, so the agent cannot see existing fixture files before writing: no example skips a function that has fixtures, and existing files are JSON`,
  );
  return false;
}

export const domain = defineDomain('sample-data', {
  providers: ['existing_fixtures'],
  vocabulary,
  async loadUnits(ctx) {
    const rules = await loadSampleRules();
    const plans = loadPlans(ctx, rules);
    const names = [...new Set(plans.map((p) => p.name))].sort();
    const seenBeforeWrite = existingSeenFirst(ctx.definition, ctx.warn);
    return plans.map((plan) => unitOf(plan, ctx.definition, rules, names, seenBeforeWrite));
  },
});
