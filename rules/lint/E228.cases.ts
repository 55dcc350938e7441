import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: ['x = a % b\n', 'x %= 2\ns = "%d%%" % n\n', 'def f(n):\n    return n % 2 == 0\n'],
  invalid: [
    {
      code: 'x = a%b\n',
      errors: [{ line: 1, col: 6, message: 'Missing whitespace around modulo operator' }],
      output: 'x = a % b\n',
    },
    {
      code: 'msg = "%s items"%n\n',
      errors: [{ line: 1, col: 17, message: 'Missing whitespace around modulo operator' }],
      output: 'msg = "%s items" % n\n',
    },
    {
      code: 'def even(n):\n    return n% 2 == 0\n',
      errors: [{ line: 2, col: 13, message: 'Missing whitespace around modulo operator' }],
      output: 'def even(n):\n    return n % 2 == 0\n',
    },
    {
      code: 'y = (a %b, c%d)\n',
      errors: [
        { line: 1, col: 8, message: 'Missing whitespace around modulo operator' },
        { line: 1, col: 13, message: 'Missing whitespace around modulo operator' },
      ],
      output: 'y = (a % b, c%d)\n',
    },
  ],
  inject: [{ code: 'rest = n % 2\n', output: 'rest = n%2\n' }],
};
