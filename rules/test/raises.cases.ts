import type { TestRuleCases } from '../../src/domains/pytest-gen/rule.js';

const accounts = {
  name: 'ledger',
  source:
    'class Overdrawn(ValueError):\n    pass\n\n\ndef withdraw(balance: int, amount: int) -> int:\n    if amount > balance:\n        raise Overdrawn(f"short by {amount - balance}")\n    if amount < 0:\n        raise ValueError("negative amount (use deposit)")\n    return balance - amount\n',
};

export const cases: TestRuleCases = {
  cases: [
    {
      name: 'a module exception is imported and matched by its message',
      module: accounts,
      function: 'withdraw',
      curated: [
        { id: 'ok', call: 'withdraw(10, 4)', returns: '6' },
        { id: 'overdrawn', call: 'withdraw(10, 15)', raises: 'Overdrawn', message: 'short by 5' },
      ],
      output: [
        'import pytest',
        '',
        'from ledger import Overdrawn, withdraw',
        '',
        '',
        'def test_withdraw_overdrawn():',
        '    with pytest.raises(Overdrawn, match="short by 5"):',
        '        withdraw(10, 15)',
      ].join('\n') + '\n',
      leaves: ['ok'],
    },
    {
      name: 'no match= when the message has regex characters',
      module: accounts,
      function: 'withdraw',
      curated: [{ id: 'negative', call: 'withdraw(10, -1)', raises: 'ValueError', message: 'negative amount (use deposit)' }],
      output: [
        'import pytest',
        '',
        'from ledger import withdraw',
        '',
        '',
        'def test_withdraw_negative():',
        '    with pytest.raises(ValueError):',
        '        withdraw(10, -1)',
      ].join('\n') + '\n',
    },
    {
      name: 'writes nothing for value cases',
      module: accounts,
      function: 'withdraw',
      curated: [{ id: 'ok', call: 'withdraw(10, 4)', returns: '6' }],
      output: null,
    },
  ],
};
