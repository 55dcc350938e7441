import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'dict[str, str]', name: 'headers', kind: 'normal', expect: { minLength: 2, maxLength: 3 } },
    { type: 'dict[str, str]', name: 'headers', kind: 'edge', expect: { equals: {} } },
    { type: 'dict[str, float]', name: 'catalog', kind: 'large', expect: { minLength: 20, maxLength: 30 } },
    { type: 'Dict[str, list[float]]', name: 'scores', kind: 'large', expect: { minLength: 6, maxLength: 10 } },
    { type: 'typing.Mapping[str, int]', name: 'counts' },
    { type: 'dict[str, str | int]', name: 'context' },
  ],
  invalid: ['dict', 'dict[int, str]', 'dict[str, int] | None', 'list[str]'],
};
