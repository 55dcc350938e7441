import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'x = a + b * c\n',
    // Unary signs after operators and keywords, star-args, and `**` unspaced on both sides.
    'y = -x\nz = a * -1\nw = 2**8\nprint(*args, **kwargs)\nv = x if x else -1\n',
    'def f(a, /, *, b):\n    return a[1:-1]\n',
    'n = None\nm = [-1, +2]\ns = "a+b"\n',
  ],
  invalid: [
    {
      code: 'x = a+b\n',
      errors: [{ line: 1, col: 6, message: 'Missing whitespace around arithmetic operator' }],
      output: 'x = a + b\n',
    },
    {
      code: 'def area(r):\n    return 3.14*r**2\n',
      errors: [{ line: 2, col: 16, message: 'Missing whitespace around arithmetic operator' }],
      output: 'def area(r):\n    return 3.14 * r**2\n',
    },
    {
      // `**` spaced on one side only must be spaced on both.
      code: 'y = a **b\n',
      errors: [{ line: 1, col: 7, message: 'Missing whitespace around arithmetic operator' }],
      output: 'y = a ** b\n',
    },
    {
      code: 'item = items[i+1]\nhalf = n//2\n',
      errors: [
        { line: 1, col: 15, message: 'Missing whitespace around arithmetic operator' },
        { line: 2, col: 9, message: 'Missing whitespace around arithmetic operator' },
      ],
      output: 'item = items[i + 1]\nhalf = n//2\n',
    },
    {
      // After a closing bracket a minus is binary; after an operator it is a sign.
      code: 'x = f(a)-1\ny = x*-1\n',
      errors: [
        { line: 1, col: 9, message: 'Missing whitespace around arithmetic operator' },
        { line: 2, col: 6, message: 'Missing whitespace around arithmetic operator' },
      ],
      output: 'x = f(a) - 1\ny = x*-1\n',
    },
    {
      code: 'x = (a\n     +1)\n',
      errors: [{ line: 2, col: 6, message: 'Missing whitespace around arithmetic operator' }],
      output: 'x = (a\n     + 1)\n',
    },
  ],
  inject: [{ code: 'total = price + tax\n', output: 'total = price+tax\n' }],
};
