import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'str', name: 'email', kind: 'normal', expect: { pattern: '^[a-z]+\\.[a-z]+@[a-z.]+\\.[a-z]+$' } },
    { type: 'str', name: 'email', kind: 'large', expect: { pattern: '^[a-z.]+@[a-z.]+$', minLength: 40 } },
    { type: 'str', name: 'email', kind: 'edge', expect: { equals: '' } },
    { type: 'str', name: 'host', kind: 'normal', expect: { pattern: '^[a-z0-9.-]+$' } },
    { type: 'str', name: 'url', kind: 'normal', expect: { pattern: '^https://[a-z0-9.-]+/' } },
    { type: 'str', name: 'start_date', kind: 'normal', expect: { pattern: '^20\\d\\d-\\d\\d-\\d\\d$' } },
    { type: 'str', name: 'postal_code', kind: 'normal', expect: { pattern: '^\\d{5}$' } },
    { type: 'str', name: 'sku', kind: 'normal', expect: { pattern: '^SKU-[0-9A-F]{6}$' } },
    { type: 'str', name: 'text', kind: 'large', expect: { minLength: 300 } },
    { type: 'str', name: 'duration', kind: 'normal', expect: { pattern: '^\\d+h\\d+m$' } },
    { type: 'str', name: 'anything_else' },
    { type: 'str', name: 'product_name', kind: 'normal', expect: { pattern: '^[A-Z]' } },
    { type: 'str', name: 'product_name', kind: 'normal', expect: { pattern: '^[A-Z]' } },
    { type: 'typing.Text', name: 'note', kind: 'edge', expect: { equals: '' } },
  ],
  invalid: ['int', 'bytes', 'str | None', 'list[str]', 'Literal["a"]'],
  guesses: [
    { name: 'title', type: 'str' },
    { name: 'recipient', type: 'str' },
    { name: 'page', type: null },
    { name: 's', type: 'str' },
    { name: 'pattern', type: 'str' },
    { name: 'ip_str', type: 'str' },
  ],
};
