import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = { summary: 'Scale a value.', description: null, params: [{ name: 'x', type: 'float', optional: false, description: 'The value.' }, { name: 'k', type: 'float', optional: true, description: 'The factor.' }], returns: { type: 'float', description: 'x times k.' }, yields: null, raises: [] };

export const cases: DocstringCases = {
  valid: [
    { code: 'def f(x):\n    """Scale a value.\n\n    :param x: The value.\n    """\n', style: 'sphinx' },
    { code: 'def f(x):\n    """Scale a value."""\n', style: 'numpy' },
    { code: 'def f(x):\n    return x\n', style: 'google' },
  ],
  invalid: [
    { code: 'def f(x):\n    """Scale a value.\n\n    :param x: The value.\n    """\n', style: 'google', message: 'is in sphinx style, the project uses google' },
    { code: 'def f(x):\n    """Scale a value.\n\n    Parameters\n    ----------\n    x\n        The value.\n    """\n', style: 'sphinx', message: 'is in numpy style' },
    { code: 'def f(x):\n    """Scale a value.\n\n    Args:\n        x: The value.\n\n    :returns: x\n    """\n    return x\n', style: 'google', message: 'mixes google and sphinx' },
  ],
  stale: [
    {
      code: 'def f(x: float, k: float = 2.0) -> float:\n    return x * k\n',
      style: 'google',
      model,
      docstrings: [
        'Scale a value.\n\nParameters\n----------\nx : float\n    The value.\nk : float, optional\n    The factor.\n\nReturns\n-------\nfloat\n    x times k.',
        'Scale a value.\n\n:param x: The value.\n:type x: float\n:param k: The factor.\n:type k: float, optional\n:returns: x times k.\n:rtype: float',
      ],
    },
    { code: 'def f() -> None:\n    pass\n', style: 'numpy', model: { ...model, params: [], returns: null }, docstrings: [] },
  ],
};
