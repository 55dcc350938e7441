import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'import os\n\n\ndef f():\n    pass\n\n\nclass A:\n    pass\n',
    // The first statement needs nothing above it; a comment may sit right above a def.
    'def f():\n    pass\n\n\n# helper\ndef g():\n    pass\n',
    // Decorators, methods, nested functions and groups of one-liners.
    '@dec\ndef f():\n    def g():\n        pass\n\n    return g\n\n\nclass A:\n    def m(self):\n        pass\n    def n(self):\n        pass\n',
    'def f(): return 1\ndef g(): return 2\n',
    'def f(): ...\n\ndef g(): ...\n',
  ],
  invalid: [
    {
      code: 'import os\ndef f():\n    pass\n',
      errors: [{ line: 2, col: 1, message: 'Expected 2 blank lines, found 0' }],
      output: 'import os\n\n\ndef f():\n    pass\n',
    },
    {
      code: 'def f():\n    pass\n\ndef g():\n    pass\n',
      errors: [{ line: 4, col: 1, message: 'Expected 2 blank lines, found 1' }],
      output: 'def f():\n    pass\n\n\ndef g():\n    pass\n',
    },
    {
      // The decorator carries the finding; blank lines above a comment still count.
      code: 'x = 1\n\n# note\n@dec\nclass A:\n    pass\n',
      errors: [{ line: 4, col: 1, message: 'Expected 2 blank lines, found 1' }],
      output: 'x = 1\n\n\n# note\n@dec\nclass A:\n    pass\n',
    },
    {
      code: 'x = 1\n# comment\n\nasync def f():\n    pass\n',
      errors: [{ line: 4, col: 1, message: 'Expected 2 blank lines, found 1' }],
      output: 'x = 1\n# comment\n\n\nasync def f():\n    pass\n',
    },
    {
      // After an indented body the def does not follow the one-liner group.
      code: 'if x:\n    y = 1\ndef f():\n    pass\n',
      errors: [{ line: 3, col: 1, message: 'Expected 2 blank lines, found 0' }],
      output: 'if x:\n    y = 1\n\n\ndef f():\n    pass\n',
    },
  ],
  inject: [{ code: 'x = 1\n\n\ndef f():\n    pass\n', output: 'x = 1\n\ndef f():\n    pass\n' }],
};
