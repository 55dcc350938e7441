import type { TestRuleCases } from '../../src/domains/pytest-gen/rule.js';

const half = {
  name: 'halving',
  source: 'def half(n: int) -> int:\n    if n % 2:\n        raise ValueError("odd")\n    return n // 2\n\n\ndef find(items, wanted):\n    return wanted if wanted in items else None\n',
};

export const cases: TestRuleCases = {
  cases: [
    {
      name: 'one test per value case, a plain assert each',
      module: half,
      function: 'half',
      curated: [
        { id: 'four', call: 'half(4)', returns: '2' },
        { id: 'zero', call: 'half(0)', returns: '0' },
      ],
      output: [
        'from halving import half',
        '',
        '',
        'def test_half_four():',
        '    assert half(4) == 2',
        '',
        '',
        'def test_half_zero():',
        '    assert half(0) == 0',
      ].join('\n') + '\n',
    },
    {
      name: 'booleans by truthiness',
      module: { name: 'checks', source: 'def is_even(n):\n    return n % 2 == 0\n' },
      function: 'is_even',
      curated: [
        { id: 'even', call: 'is_even(4)', returns: 'True' },
        { id: 'odd', call: 'is_even(3)', returns: 'False' },
      ],
      output: [
        'from checks import is_even',
        '',
        '',
        'def test_is_even_even():',
        '    assert is_even(4)',
        '',
        '',
        'def test_is_even_odd():',
        '    assert not is_even(3)',
      ].join('\n') + '\n',
    },
    {
      name: 'leaves the error cases to another rule',
      module: half,
      function: 'half',
      curated: [
        { id: 'six', call: 'half(6)', returns: '3' },
        { id: 'odd', call: 'half(3)', raises: 'ValueError', message: 'odd' },
      ],
      output: [
        'from halving import half',
        '',
        '',
        'def test_half_six():',
        '    assert half(6) == 3',
      ].join('\n') + '\n',
      leaves: ['odd'],
    },
    {
      name: 'None is checked with `is None`',
      module: half,
      function: 'find',
      curated: [{ id: 'missing', call: 'find(["a"], "b")', returns: 'None' }],
      output: [
        'from halving import find',
        '',
        '',
        'def test_find_missing():',
        '    assert find(["a"], "b") is None',
      ].join('\n') + '\n',
    },
  ],
};
