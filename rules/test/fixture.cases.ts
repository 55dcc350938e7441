import type { TestRuleCases } from '../../src/domains/pytest-gen/rule.js';

const counter = {
  name: 'tally',
  source:
    'class Counter:\n    def __init__(self, start: int = 0) -> None:\n        self.value = start\n\n    def add(self, step: int) -> int:\n        if step < 0:\n            raise ValueError("step must not be negative")\n        self.value += step\n        return self.value\n\n\ndef double(n):\n    return 2 * n\n',
};

export const cases: TestRuleCases = {
  cases: [
    {
      name: 'a fixture builds the instance the cases share, a fresh one per test',
      module: counter,
      function: 'Counter.add',
      curated: [
        { id: 'one', call: 'Counter(5).add(1)', returns: '6' },
        { id: 'zero', call: 'Counter(5).add(0)', returns: '5' },
        { id: 'negative', call: 'Counter(5).add(-1)', raises: 'ValueError', message: 'step must not be negative' },
        { id: 'from_zero', call: 'Counter().add(2)', returns: '2' },
      ],
      output: [
        'import pytest',
        '',
        'from tally import Counter',
        '',
        '',
        '@pytest.fixture',
        'def counter():',
        '    return Counter(5)',
        '',
        '',
        'def test_add_one(counter):',
        '    assert counter.add(1) == 6',
        '',
        '',
        'def test_add_zero(counter):',
        '    assert counter.add(0) == 5',
        '',
        '',
        'def test_add_negative(counter):',
        '    with pytest.raises(ValueError, match="step must not be negative"):',
        '        counter.add(-1)',
      ].join('\n') + '\n',
      leaves: ['from_zero'],
    },
    {
      name: 'no fixture for a plain function',
      module: counter,
      function: 'double',
      curated: [
        { id: 'two', call: 'double(1)', returns: '2' },
        { id: 'four', call: 'double(2)', returns: '4' },
      ],
      output: null,
    },
  ],
};
