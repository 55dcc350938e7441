import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'tuple[str, ...]', name: 'hosts', kind: 'edge', expect: { equals: [] } },
    { type: 'tuple[str, ...]', name: 'hosts', kind: 'large', expect: { minLength: 20, maxLength: 30 } },
    { type: 'tuple[float, float]', name: 'point', expect: { minLength: 2, maxLength: 2 } },
    { type: 'tuple[int, float]', name: 'tier', kind: 'edge', expect: { equals: [0, 0] } },
    { type: 'Tuple[str, int, bool]', name: 'entry', expect: { minLength: 3, maxLength: 3 } },
    { type: 'tuple[int, int]', name: 'busy_hour', kind: 'normal', expect: { minLength: 2, maxLength: 2 } },
    { type: 'tuple[int, int]', name: 'busy_hour', kind: 'normal', expect: { minLength: 2, maxLength: 2 } },
  ],
  invalid: ['tuple', 'tuple[()]', 'list[int]', 'tuple[int, ...] | None'],
};
