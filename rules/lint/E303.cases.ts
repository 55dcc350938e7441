import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'x = 1\n\n\ny = 2\n',
    'def f():\n    x = 1\n\n    return x\n',
    // Blank lines inside a string are part of the value.
    'x = """a\n\n\n\nb"""\n',
  ],
  invalid: [
    {
      code: 'x = 1\n\n\n\ny = 2\n',
      errors: [{ line: 5, col: 1, message: 'Too many blank lines (3)' }],
      output: 'x = 1\n\n\ny = 2\n',
    },
    {
      code: 'def f():\n    x = 1\n\n\n    return x\n',
      errors: [{ line: 5, col: 5, message: 'Too many blank lines (2)' }],
      output: 'def f():\n    x = 1\n\n    return x\n',
    },
    {
      // A comment line is flagged too; whitespace on the first blank line stays.
      code: 'class A:\n    x = 1\n  \n\n    # note\n    y = 2\n',
      errors: [{ line: 5, col: 5, message: 'Too many blank lines (2)' }],
      output: 'class A:\n    x = 1\n  \n    # note\n    y = 2\n',
    },
    {
      code: '\n\n\n\nimport os\n',
      errors: [{ line: 5, col: 1, message: 'Too many blank lines (4)' }],
      output: '\n\nimport os\n',
    },
  ],
  inject: [
    { code: 'def f():\n    x = 1\n\n    return x\n', output: 'def f():\n    x = 1\n\n\n    return x\n' },
  ],
};
