import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = { summary: 'Return twice the value.', description: null, params: [{ name: 'x', type: 'int', optional: false, description: 'The value to double.' }], returns: { type: 'int', description: 'Two times x.' }, yields: null, raises: [] };

export const cases: DocstringCases = {
  valid: [
    { code: 'def f(x: int) -> int:\n    return 2 * x\n', style: 'google' },
    { code: 'def f(x: int) -> int:\n    """Return twice the value.\n\n    Args:\n        x (int): The value.\n\n    Returns:\n        int: Two times x.\n    """\n    return 2 * x\n', style: 'numpy' },
    { code: 'def f(x: int) -> int:\n    """Return twice the value."""\n    return 2 * x\n', style: 'google' },
  ],
  invalid: [
    { code: 'def f(x: int) -> int:\n    """Return twice the value.\n\n    Args:\n        x (int): The value.\n\n    Returns:\n        int: Two times x.\n    """\n    return 2 * x\n', style: 'google', message: 'documented in google style' },
    { code: 'def f() -> None:\n    """Do nothing at all."""\n', style: 'sphinx', message: 'f is documented in sphinx style' },
    { code: 'class A:\n    def m(self, n):\n        """Use n.\n\n        :param n: A count.\n        """\n        print(n)\n', style: 'sphinx', name: 'A.m', message: 'A.m is documented' },
  ],
  stale: [
    { code: 'def f(x: int) -> int:\n    return 2 * x\n', style: 'numpy', model, docstrings: ['Return twice the value.\n\nParameters\n----------\nx : int\n    The value to double.\n\nReturns\n-------\nint\n    Two times x.'] },
    { code: 'def f(x: int) -> int:\n    return 2 * x\n', style: 'sphinx', model, docstrings: ['Return twice the value.\n\n:param x: The value to double.\n:type x: int\n:returns: Two times x.\n:rtype: int'] },
  ],
};
