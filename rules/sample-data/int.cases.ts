import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'int', name: 'port', kind: 'normal', expect: { min: 1024, max: 9000 } },
    { type: 'int', name: 'port', kind: 'large', expect: { min: 60000, max: 65535 } },
    { type: 'int', name: 'server_port', kind: 'edge', expect: { equals: 1 } },
    { type: 'int', name: 'age', kind: 'normal', expect: { min: 18, max: 80 } },
    { type: 'int', name: 'quantity', kind: 'edge', expect: { equals: 0 } },
    { type: 'int', name: 'quantity', kind: 'large', expect: { min: 10000 } },
    { type: 'int', name: 'start_hour', kind: 'large', expect: { min: 22, max: 23 } },
    { type: 'int', name: 'delta' },
    { type: 'int', name: 'low', kind: 'normal', expect: { min: 0, max: 10 } },
    { type: 'int', name: 'high', kind: 'normal', expect: { min: 50, max: 100 } },
    { type: 'int', name: 'low', kind: 'normal', expect: { min: 0, max: 10 } },
    { type: 'int', name: 'high', kind: 'normal', expect: { min: 50, max: 100 } },
    { type: 'int', name: 'whatever' },
  ],
  invalid: ['float', 'bool', 'str', 'int | None', 'list[int]', 'Literal[1, 2]'],
  guesses: [
    { name: 'page', type: 'int' },
    { name: 'per_page', type: 'int' },
    { name: 'attempt', type: 'int' },
    { name: 'title', type: null },
    { name: 'themonth', type: 'int' },
    { name: 'x', type: 'int' },
  ],
};
