import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'bool', name: 'express', kind: 'edge', expect: { equals: false } },
    { type: 'bool', name: 'express', kind: 'large', expect: { equals: true } },
    { type: 'bool', name: 'newsletter', kind: 'normal', expect: { oneOf: [true, false] } },
  ],
  invalid: ['int', 'str', 'bool | None', 'Literal[True]'],
  guesses: [
    { name: 'urgent', type: 'bool' },
    { name: 'is_active', type: 'bool' },
    { name: 'count', type: null },
  ],
};
