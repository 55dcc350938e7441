import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'if x is None:\n    pass\n',
    'if x is not None and y < 3:\n    pass\n',
    'if x in (None, 1):\n    pass\n',
    'def f(a=None):\n    return a == 1\n',
  ],
  invalid: [
    {
      code: 'def f(x):\n    if x == None:\n        return 0\n    return x\n',
      errors: [{ line: 2, col: 13, message: 'Comparison to `None` should be `cond is None`' }],
      output: 'def f(x):\n    if x is None:\n        return 0\n    return x\n',
    },
    {
      code: 'while node.next != None:\n    node = node.next\n',
      errors: [{ line: 1, col: 20, message: 'Comparison to `None` should be `cond is not None`' }],
      output: 'while node.next is not None:\n    node = node.next\n',
    },
    {
      // None on the left: reported at the None, and the operands keep their order.
      code: 'ok = None==value\n',
      errors: [{ line: 1, col: 6, message: 'Comparison to `None` should be `cond is None`' }],
      output: 'ok = None is value\n',
    },
    {
      // Two comparisons joined by `and`: one finding each, each fix rewrites its own comparison.
      code: 'if a.b == None and c != None:\n    pass\n',
      errors: [
        { line: 1, col: 11, message: 'Comparison to `None` should be `cond is None`' },
        { line: 1, col: 25, message: 'Comparison to `None` should be `cond is not None`' },
      ],
      output: 'if a.b is None and c != None:\n    pass\n',
    },
    {
      // A chain and a comparison split over lines: ruff rewrites the whole chain on one line.
      code: 'assert (a == b ==\n        None), "é"\n',
      errors: [{ line: 2, col: 9, message: 'Comparison to `None` should be `cond is None`' }],
      output: 'assert (a == b is None), "é"\n',
    },
    {
      code: 'flag = x == (None)\n',
      errors: [{ line: 1, col: 14, message: 'Comparison to `None` should be `cond is None`' }],
      output: 'flag = x is (None)\n',
    },
  ],
  inject: [
    { code: 'def f(x):\n    if x is None:\n        return 0\n    return x\n', output: 'def f(x):\n    if x == None:\n        return 0\n    return x\n' },
    { code: 'ok = [v for v in items if v is not None]\n', output: 'ok = [v for v in items if v != None]\n' },
  ],
};
