import type { ShapeVocabulary } from '../../shapes/vocabulary.js';
import type { FunctionPlan } from './plan.js';
import type { Scenario } from './scenario.js';

/** What a sample-data conversation starts from: the function and the fixture files that exist. */
export interface SampleSituation {
  plan: FunctionPlan;
  scenario: Scenario;
}

/** A fixture can fail to bind by leaving out a required parameter or, without **kwargs, by a wrong name. */
export function canMalform(plan: FunctionPlan): boolean {
  const acceptsAnyKey = plan.params.some((p) => p.kind === 'var_keyword');
  return plan.slots.some((s) => s.param.default === null) || (!acceptsAnyKey && plan.slots.length > 0);
}

export const vocabulary: ShapeVocabulary<SampleSituation> = {
  domain: 'sample-data',
  steps: {
    analyze: { description: 'analyze_signature; the [Context] lists the fixture files that exist', mistake: false, tools: ['analyze_signature'] },
    write: { description: 'write_fixture_file with a normal, an edge and a large fixture', mistake: false, tools: ['write_fixture_file'] },
    'write-empty': { description: 'write_fixture_file with an empty list, which the tool refuses', mistake: true, tools: ['write_fixture_file'] },
    'write-malformed': { description: 'write_fixture_file where one fixture leaves out a required parameter or misspells one, which the tool refuses', mistake: true, tools: ['write_fixture_file'] },
  },
  predicates: {
    'own-fixtures-exist': { description: 'the [Context] lists a fixture file for this very function', holds: (s) => s.scenario.hasOwn },
    'no-own-fixtures': { description: 'no fixture file for this function exists yet', holds: (s) => !s.scenario.hasOwn },
    'can-malform': { description: 'a fixture can fail to bind (a required parameter, or no **kwargs)', holds: (s) => canMalform(s.plan) },
  },
  placeholders: ['function', 'fixtures', 'path', 'cases'],
};
