import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  module: 'from dataclasses import dataclass\n\n@dataclass\nclass Point:\n    x: float\n    y: float\n',
  valid: [
    { type: 'list[str]', name: 'emails', kind: 'normal', expect: { minLength: 2, maxLength: 4 } },
    { type: 'list[str]', name: 'emails', kind: 'edge', expect: { equals: [] } },
    { type: 'list[int]', name: 'values', kind: 'large', expect: { minLength: 25, maxLength: 40 } },
    { type: 'List[float]', name: 'prices', kind: 'normal', expect: { minLength: 2 } },
    { type: 'list[dict[str, int]]', name: 'records', kind: 'large', expect: { minLength: 8, maxLength: 12 } },
    { type: 'list[Point]', name: 'points', kind: 'large', expect: { minLength: 8, maxLength: 12 } },
    { type: 'typing.Sequence[str]', name: 'hosts' },
    { type: 'list[tuple[int, int]]', name: 'busy' },
  ],
  invalid: ['list', 'tuple[int, ...]', 'dict[str, int]', 'set[int]', 'list[int] | None'],
  guesses: [
    { name: 'items', type: 'list[str]' },
    { name: 'item', type: null },
    { name: 'heap', type: 'list[int]' },
    { name: 'iterable', type: 'list[int]' },
  ],
};
