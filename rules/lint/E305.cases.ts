import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'def f():\n    pass\n\n\nx = f()\n',
    // Indented code after a def, and defs after defs, are not E305's business.
    'if True:\n    def f():\n        pass\n    x = 1\n',
    'class A:\n    pass\n\n\n# trailing comment\n',
  ],
  invalid: [
    {
      code: 'def f():\n    pass\nx = 1\n',
      errors: [{ line: 3, col: 1, message: 'Expected 2 blank lines after class or function definition, found (0)' }],
      output: 'def f():\n    pass\n\n\nx = 1\n',
    },
    {
      code: 'def main():\n    pass\n\nif __name__ == "__main__":\n    main()\n',
      errors: [{ line: 4, col: 1, message: 'Expected 2 blank lines after class or function definition, found (1)' }],
      output: 'def main():\n    pass\n\n\nif __name__ == "__main__":\n    main()\n',
    },
    {
      // A comment in between does not count as a blank line; the fix goes above the comment.
      code: 'class A:\n    pass\n# the instance\na = A()\n',
      errors: [{ line: 4, col: 1, message: 'Expected 2 blank lines after class or function definition, found (0)' }],
      output: 'class A:\n    pass\n\n\n# the instance\na = A()\n',
    },
    {
      code: '@dec\ndef f():\n    return 1\n\n# comment\n\nprint(f())\n',
      errors: [{ line: 7, col: 1, message: 'Expected 2 blank lines after class or function definition, found (1)' }],
      output: '@dec\ndef f():\n    return 1\n\n# comment\n\n\nprint(f())\n',
    },
  ],
  inject: [{ code: 'def f():\n    pass\n\n\nx = f()\n', output: 'def f():\n    pass\n\nx = f()\n' }],
};
