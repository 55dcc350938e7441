import type { SampleRuleCases } from '../../src/domains/sample-data/rule.js';

export const cases: SampleRuleCases = {
  valid: [
    { type: 'int | None', name: 'age', kind: 'edge', expect: { equals: null } },
    { type: 'int | None', name: 'age', kind: 'normal', expect: { min: 18, max: 80 } },
    { type: 'Optional[str]', name: 'email', kind: 'edge', expect: { equals: null } },
    { type: 'Optional[str]', name: 'email', kind: 'normal', expect: { pattern: '@' } },
    { type: 'typing.Optional[float]', name: 'price', kind: 'large', expect: { float: true, min: 10000 } },
    { type: 'Union[int, str]', name: 'value', kind: 'edge', expect: { equals: 0 } },
    { type: 'str | int', name: 'value' },
    // bytes has no rule: every kind falls back to the member that can be generated.
    { type: 'bytes | str', name: 'label' },
    { type: 'list[str] | None', name: 'stop_words', kind: 'edge', expect: { equals: null } },
    { type: 'None', name: 'nothing', expect: { equals: null } },
  ],
  invalid: ['int', 'list[int | None]', 'Literal[None]'],
};
