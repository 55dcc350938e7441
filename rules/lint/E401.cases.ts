import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'import os\nimport sys\n',
    'from os import path, sep\n',
    'from typing import (\n    Any,\n    Optional,\n)\n',
  ],
  invalid: [
    {
      code: 'import os, sys\n\nprint(os, sys)\n',
      errors: [{ line: 1, col: 1, message: 'Multiple imports on one line' }],
      output: 'import os\nimport sys\n\nprint(os, sys)\n',
    },
    {
      // Indented: every new line gets the statement's indentation; the comment stays at the end.
      code: 'def f():\n    import os.path, json as j  # local\n    return os, j\n',
      errors: [{ line: 2, col: 5, message: 'Multiple imports on one line' }],
      output: 'def f():\n    import os.path\n    import json as j  # local\n    return os, j\n',
    },
    {
      // Sharing a line with another statement: ruff joins the pieces with `;`.
      code: 'if True: import os, sys\n',
      errors: [{ line: 1, col: 10, message: 'Multiple imports on one line' }],
      output: 'if True: import os; import sys\n',
    },
    {
      code: 'import re, json, csv; x = 1\n',
      errors: [{ line: 1, col: 1, message: 'Multiple imports on one line' }],
      output: 'import re; import json; import csv; x = 1\n',
    },
    {
      code: 'import os, \\\n    sys\n',
      errors: [{ line: 1, col: 1, message: 'Multiple imports on one line' }],
      output: 'import os\nimport sys\n',
    },
  ],
  inject: [
    { code: 'import os\nimport sys\n\nprint(os, sys)\n', output: 'import os, sys\n\nprint(os, sys)\n' },
    { code: 'class A:\n    import json\n    import csv as c\n', output: 'class A:\n    import json, csv as c\n' },
  ],
};
