import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'def f():\n    x = 1\n\n    return x\n',
    'x = 1\n\ny = 2\n',
    // Trailing whitespace after code is W291, not W293.
    'x = 1   \ny = """\n\n"""\n',
  ],
  invalid: [
    {
      code: 'def f():\n    x = 1\n    \n    return x\n',
      errors: [{ line: 3, col: 1, message: 'Blank line contains whitespace' }],
      output: 'def f():\n    x = 1\n\n    return x\n',
    },
    {
      code: 'x = 1\n\t\ny = 2\n',
      errors: [{ line: 2, col: 1, message: 'Blank line contains whitespace' }],
      output: 'x = 1\n\ny = 2\n',
    },
    {
      // Inside a multi-line string the blank belongs to the value: ruff's fix is unsafe.
      code: 'def f():\n    """Doc.\n    \n    More.\n    """\n',
      errors: [{ line: 3, col: 1, message: 'Blank line contains whitespace', fixable: false }],
      output: 'def f():\n    """Doc.\n\n    More.\n    """\n',
    },
    {
      code: 'class A:\n    x = 1\n  \n    def f(self):\n        pass\n',
      errors: [{ line: 3, col: 1, message: 'Blank line contains whitespace' }],
      output: 'class A:\n    x = 1\n\n    def f(self):\n        pass\n',
    },
    {
      // The fix also removes the backslash that continues into the blank line.
      code: 'x = 1 \\\n    \ny = 2\n',
      errors: [{ line: 2, col: 1, message: 'Blank line contains whitespace' }],
      output: 'x = 1 \ny = 2\n',
    },
  ],
  inject: [{ code: 'def f():\n    x = 1\n\n    return x\n', output: 'def f():\n    x = 1\n    \n    return x\n' }],
};
