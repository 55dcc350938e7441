import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'x = 1\n',
    'def f():\n    return 1\n',
  ],
  invalid: [
    {
      code: 'x = 1   \ny = 2\n',
      errors: [{ line: 1, col: 6, message: 'Trailing whitespace' }],
      output: 'x = 1\ny = 2\n',
    },
    {
      code: 'def f(a):\n    return a \n',
      errors: [{ line: 2, col: 13, message: 'Trailing whitespace' }],
      output: 'def f(a):\n    return a\n',
    },
    {
      code: 'x = 1  # note  \n',
      errors: [{ line: 1, col: 14, message: 'Trailing whitespace' }],
      output: 'x = 1  # note\n',
    },
    {
      // Inside a multi-line string the spaces belong to the value: ruff's fix is unsafe.
      code: 'text = """first line   \nsecond line\n"""\n',
      errors: [{ line: 1, col: 21, message: 'Trailing whitespace', fixable: false }],
      output: 'text = """first line\nsecond line\n"""\n',
    },
  ],
  inject: [{ code: 'x = 1\n', output: 'x = 1   \n' }],
};
