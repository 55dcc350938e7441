import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'if ready:\n    pass\n',
    'if x is True:\n    pass\n',
    'if x == 1 == True:\n    pass\n',
    'def f(flag=True):\n    return flag != 0\n',
  ],
  invalid: [
    {
      code: 'def f(ready):\n    if ready == True:\n        return 1\n',
      errors: [{ line: 2, col: 8, message: 'Avoid equality comparisons to `True`; use `ready:` for truth checks' }],
      output: 'def f(ready):\n    if ready:\n        return 1\n',
    },
    {
      code: 'while self.queue.empty() == False:\n    pass\n',
      errors: [{ line: 1, col: 7, message: 'Avoid equality comparisons to `False`; use `not self.queue.empty():` for false checks' }],
      output: 'while not self.queue.empty():\n    pass\n',
    },
    {
      code: 'assert items[0] != True\n',
      errors: [{ line: 1, col: 8, message: 'Avoid inequality comparisons to `True`; use `not items[0]:` for false checks' }],
      output: 'assert not items[0]\n',
    },
    {
      code: 'if False != done:\n    pass\n',
      errors: [{ line: 1, col: 4, message: 'Avoid inequality comparisons to `False`; use `done:` for truth checks' }],
      output: 'if done:\n    pass\n',
    },
    {
      // In a chain ruff names no condition and rewrites `==` as `is`.
      code: 'if a == True == b:\n    pass\n',
      errors: [{ line: 1, col: 4, message: 'Avoid equality comparisons to `True` or `False`' }],
      output: 'if a is True == b:\n    pass\n',
    },
    {
      // A condition longer than 50 characters is shown as `...`.
      code: 'ok = compute_the_answer(first_argument, second_argument) == True\n',
      errors: [{ line: 1, col: 6, message: 'Avoid equality comparisons to `True`; use `...:` for truth checks' }],
      output: 'ok = compute_the_answer(first_argument, second_argument)\n',
    },
    {
      code: 'if x == False or y == True:\n    pass\n',
      errors: [
        { line: 1, col: 4, message: 'Avoid equality comparisons to `False`; use `not x:` for false checks' },
        { line: 1, col: 18, message: 'Avoid equality comparisons to `True`; use `y:` for truth checks' },
      ],
      output: 'if not x or y == True:\n    pass\n',
    },
    {
      // A parenthesized literal makes ruff keep parentheses around the condition.
      code: 'ok = (x) == (False)\n',
      errors: [{ line: 1, col: 6, message: 'Avoid equality comparisons to `False`; use `not x:` for false checks' }],
      output: 'ok = (not (x))\n',
    },
  ],
  inject: [
    { code: 'def f(job):\n    if job.done:\n        return 1\n', output: 'def f(job):\n    if job.done == True:\n        return 1\n' },
    { code: 'while not queue.empty():\n    queue.get()\n', output: 'while queue.empty() == False:\n    queue.get()\n' },
  ],
};
