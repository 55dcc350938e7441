import type { TestRuleCases } from '../../src/domains/pytest-gen/rule.js';

const jobs = {
  name: 'waits',
  source:
    'import asyncio\n\n\nasync def delayed(value: int) -> int:\n    await asyncio.sleep(0)\n    if value < 0:\n        raise ValueError("negative")\n    return value\n\n\ndef immediate(value):\n    return value\n',
};

export const cases: TestRuleCases = {
  cases: [
    {
      name: 'a coroutine function runs through asyncio.run in a plain test',
      module: jobs,
      function: 'delayed',
      curated: [
        { id: 'value', call: 'delayed(3)', returns: '3' },
        { id: 'negative', call: 'delayed(-1)', raises: 'ValueError', message: 'negative' },
      ],
      output: [
        'import asyncio',
        '',
        'import pytest',
        '',
        'from waits import delayed',
        '',
        '',
        'def test_delayed_value():',
        '    assert asyncio.run(delayed(3)) == 3',
        '',
        '',
        'def test_delayed_negative():',
        '    with pytest.raises(ValueError, match="negative"):',
        '        asyncio.run(delayed(-1))',
      ].join('\n') + '\n',
    },
    {
      name: 'a plain function is called directly',
      module: jobs,
      function: 'immediate',
      curated: [{ id: 'value', call: 'immediate(3)', returns: '3' }],
      output: null,
    },
  ],
};
