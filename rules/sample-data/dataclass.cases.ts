import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  module: [
    'from dataclasses import dataclass, field',
    '',
    '@dataclass',
    'class Address:',
    '    street: str',
    '    city: str',
    '    country: str = "US"',
    '',
    '@dataclass(frozen=True)',
    'class Product:',
    '    sku: str',
    '    price: float',
    '    tags: list[str] = field(default_factory=list)',
    '',
  ].join('\n'),
  valid: [
    { type: 'Address', name: 'address', kind: 'normal', expect: { minLength: 3, maxLength: 3 } },
    { type: 'Address', name: 'address', kind: 'edge', expect: { equals: { street: '', city: '' } } },
    { type: 'Product', name: 'product', kind: 'large', expect: { minLength: 3, maxLength: 3 } },
  ],
  invalid: ['Unknown', 'dict[str, str]', 'Address | None'],
};
