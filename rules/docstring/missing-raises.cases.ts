import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = {
  summary: 'Check a value.',
  description: null,
  params: [{ name: 'x', type: 'int', optional: false, description: 'The value.' }],
  returns: null,
  yields: null,
  raises: [
    { exception: 'ValueError', description: 'If x is negative.' },
    { exception: 'errors.TooBig', description: 'If x is above the limit.' },
  ],
};

export const cases: DocstringCases = {
  valid: [
    { code: 'def f(x):\n    """Check.\n\n    :param x: It.\n    :raises ValueError: If bad.\n    """\n    raise ValueError(x)\n', style: 'sphinx' },
    { code: 'def f(x):\n    """Check.\n\n    Args:\n        x: It.\n    """\n    def g():\n        raise ValueError(x)\n    try:\n        g()\n    except ValueError:\n        raise\n', style: 'google' },
  ],
  invalid: [
    { code: 'def f(x):\n    """Check.\n\n    Args:\n        x: It.\n    """\n    if x < 0:\n        raise ValueError(x)\n', style: 'google', message: 'raises ValueError without documenting it' },
    { code: 'def f(x):\n    """Check.\n\n    Parameters\n    ----------\n    x\n        It.\n\n    Raises\n    ------\n    KeyError\n        Never.\n    """\n', style: 'numpy', message: 'documents KeyError, which it never raises' },
    { code: 'def f(x):\n    """Check."""\n    raise errors.TooBig("x") from None\n', style: 'numpy', message: 'raises errors.TooBig' },
  ],
  stale: [
    {
      code: 'def f(x: int) -> None:\n    if x < 0:\n        raise ValueError(x)\n    raise errors.TooBig(x)\n',
      style: 'numpy',
      model,
      docstrings: [
        'Check a value.\n\nParameters\n----------\nx : int\n    The value.',
        'Check a value.\n\nParameters\n----------\nx : int\n    The value.\n\nRaises\n------\nerrors.TooBig\n    If x is above the limit.',
      ],
    },
  ],
};
