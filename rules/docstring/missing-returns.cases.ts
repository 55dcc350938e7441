import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = { summary: 'Count the items.', description: null, params: [], returns: { type: 'int', description: 'How many there are.' }, yields: null, raises: [] };

export const cases: DocstringCases = {
  valid: [
    { code: 'def f() -> int:\n    """Count.\n\n    Returns:\n        int: The count.\n    """\n    return 3\n', style: 'google' },
    { code: 'def f():\n    """Log it."""\n    print(1)\n    return None\n', style: 'google' },
    { code: 'def f() -> int: ...\n', style: 'numpy' },
  ],
  invalid: [
    { code: 'def f() -> int:\n    """Count."""\n    return 3\n', style: 'google', message: 'returns a value but has no Returns section' },
    { code: 'class P:\n    def size(self) -> int:\n        """The size."""\n        ...\n', style: 'sphinx', name: 'P.size', message: 'no Returns section' },
    { code: 'def f():\n    """Log it.\n\n    :returns: Nothing.\n    """\n    print(1)\n', style: 'sphinx', message: 'the function returns None' },
  ],
  stale: [{ code: 'def f() -> int:\n    return 3\n', style: 'sphinx', model, docstrings: ['Count the items.'] }],
};
