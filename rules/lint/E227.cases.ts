import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: ['x = a | b\n', 'mask = ~flags\nmask &= 0xFF\n', 'y = a + b\nz = x<<1  # noqa: E227\n'],
  invalid: [
    {
      code: 'x = a|b\n',
      errors: [{ line: 1, col: 6, message: 'Missing whitespace around bitwise or shift operator' }],
      output: 'x = a | b\n',
    },
    {
      code: 'y = 1<<n\n',
      errors: [{ line: 1, col: 6, message: 'Missing whitespace around bitwise or shift operator' }],
      output: 'y = 1 << n\n',
    },
    {
      // The augmented forms of the bitwise operators are E227, not E225.
      code: 'flags|=mask\n',
      errors: [{ line: 1, col: 6, message: 'Missing whitespace around bitwise or shift operator' }],
      output: 'flags |= mask\n',
    },
    {
      code: 'def f(a, b):\n    return a &b ^ 1\n',
      errors: [{ line: 2, col: 14, message: 'Missing whitespace around bitwise or shift operator' }],
      output: 'def f(a, b):\n    return a & b ^ 1\n',
    },
  ],
  inject: [{ code: 'flags = a | b\n', output: 'flags = a|b\n' }],
};
