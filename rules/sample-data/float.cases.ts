import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'float', name: 'price', kind: 'normal', expect: { min: 4.99, max: 199.99, float: true } },
    { type: 'float', name: 'unit_price', kind: 'edge', expect: { equals: 0, float: true } },
    { type: 'float', name: 'price', kind: 'large', expect: { min: 10000, float: true } },
    { type: 'float', name: 'tax_rate', kind: 'normal', expect: { min: 0, max: 1, float: true } },
    { type: 'float', name: 'percent', kind: 'large', expect: { min: 90, max: 100, float: true } },
    { type: 'float', name: 'timeout', expect: { float: true, min: 0 } },
    { type: 'float', name: 'latitude', expect: { float: true, min: -90, max: 90 } },
    { type: 'float', name: 'x', expect: { float: true } },
  ],
  invalid: ['int', 'str', 'float | None', 'list[float]', 'Literal[1.5]'],
  guesses: [
    { name: 'base_delay', type: 'float' },
    { name: 'price', type: 'float' },
    { name: 'title', type: null },
  ],
};
