import { intBetween, type Rng } from '../../generate/rng.js';
import { ValueGenerator } from './generate-value.js';
import type { FunctionPlan } from './plan.js';
import { CASE_KINDS, type SampleRule } from './rule.js';

export interface FixtureOptions {
  /** The normal case leaves out parameters that have a default (the edge and large cases never do). */
  omitDefaults: boolean;
}

export interface FixtureSet {
  /** normal, edge, large, in that order; keys in parameter order. */
  fixtures: Record<string, unknown>[];
  families: string[];
}

/** The three fixtures the system prompt asks for, generated from the types by the rules. */
export function buildFixtures(plan: FunctionPlan, rules: readonly SampleRule[], rng: Rng, opts: FixtureOptions): FixtureSet {
  const gen = new ValueGenerator(rules, plan.scope);
  const fixtures = CASE_KINDS.map((kind) => {
    const fixture: Record<string, unknown> = {};
    for (const s of plan.slots) {
      if (kind === 'normal' && opts.omitDefaults && s.param.default !== null) continue;
      // A None default lets the edge case be None even when the annotation does not say Optional.
      fixture[s.param.name] = kind === 'edge' && s.param.default === 'None' ? null : gen.generate(s.type, s.param.name, kind, rng);
    }
    if (plan.extra && kind !== 'edge') {
      const names = new Set(plan.params.map((p) => p.name));
      for (let i = intBetween(rng, 1, 2); i > 0; i--) {
        const key = String(gen.generate({ kind: 'name', name: 'str', text: 'str' }, `${plan.extra.name}.key`, 'normal', rng));
        if (names.has(key) || key in fixture) continue;
        fixture[key] = gen.generate(plan.extra.type, key, 'normal', rng);
      }
    }
    return fixture;
  });
  return { fixtures, families: [...gen.used].sort() };
}
