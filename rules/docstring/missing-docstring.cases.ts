import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = { summary: 'Return twice the value.', description: null, params: [{ name: 'x', type: 'int', optional: false, description: 'The value to double.' }], returns: { type: 'int', description: 'Two times x.' }, yields: null, raises: [] };

export const cases: DocstringCases = {
  valid: [
    { code: 'def f(x: int) -> int:\n    """Return twice the value."""\n    return 2 * x\n', style: 'google' },
    { code: 'class Cart:\n    """A shopping cart."""\n', style: 'sphinx' },
  ],
  invalid: [
    { code: 'def f(x: int) -> int:\n    return 2 * x\n', style: 'google', message: 'f has no docstring' },
    { code: 'def f(x):\n    # a comment is not a docstring\n    return 2 * x\n', style: 'numpy', message: 'no docstring' },
    { code: 'def f(x):\n    f"""not a docstring {x}"""\n    return x\n', style: 'numpy', message: 'no docstring' },
    { code: 'def f(x):\n    """"""\n    return x\n', style: 'sphinx', message: 'empty docstring' },
  ],
  stale: [{ code: 'def f(x: int) -> int:\n    """Return twice the value."""\n    return 2 * x\n', style: 'google', model, docstrings: [null] }],
};
