import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'Literal["tcp", "udp"]', name: 'protocol', kind: 'normal', expect: { oneOf: ['tcp', 'udp'] } },
    { type: 'Literal["tcp", "udp"]', name: 'protocol', kind: 'edge', expect: { equals: 'tcp' } },
    { type: 'typing.Literal["http", "https"]', name: 'scheme', kind: 'large', expect: { equals: 'https' } },
    { type: 'Literal[1, 2, 3]', name: 'level', expect: { oneOf: [1, 2, 3] } },
    { type: 'Literal[-1, 0]', name: 'sign', kind: 'edge', expect: { equals: -1 } },
    { type: 'Literal[True]', name: 'flag', expect: { equals: true } },
  ],
  invalid: ['str', 'Literal[f"{x}"]', 'Literal["a"] | None'],
};
