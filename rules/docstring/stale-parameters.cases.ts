import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = {
  summary: 'Read a file.',
  description: null,
  params: [
    { name: 'path', type: 'str', optional: false, description: 'Where to read.' },
    { name: '**kwargs', type: null, optional: false, description: 'Passed to open.' },
  ],
  returns: null,
  yields: null,
  raises: [],
};

export const cases: DocstringCases = {
  valid: [
    { code: 'def f(path, **kwargs):\n    """Read a file.\n\n    Args:\n        path: Where.\n        **kwargs: Options.\n    """\n', style: 'google' },
    { code: 'class A:\n    def m(self, n):\n        """Use n.\n\n        :param n: A count.\n        """\n', style: 'sphinx', name: 'A.m' },
    { code: 'def f(*args):\n    """Take anything.\n\n    :param args: Ignored.\n    """\n', style: 'sphinx' },
  ],
  invalid: [
    { code: 'def f(path, mode):\n    """Read a file.\n\n    Args:\n        path: Where.\n    """\n', style: 'google', message: 'undocumented parameter mode' },
    { code: 'def f(path):\n    """Read a file.\n\n    Args:\n        filename: Where.\n    """\n', style: 'google', message: 'documents filename, not in the signature' },
    { code: 'def f(a, b):\n    """Add two numbers."""\n    return a + b\n', style: 'numpy', message: 'undocumented parameters a, b' },
    { code: 'def f(x):\n    """Use x.\n\n    Parameters\n    ----------\n    y : int\n        Old.\n    """\n', style: 'google', message: 'undocumented parameter x' },
  ],
  stale: [
    {
      code: 'def f(path: str, **kwargs):\n    pass\n',
      style: 'google',
      model,
      docstrings: [
        'Read a file.\n\nArgs:\n    path (str): Where to read.',
        'Read a file.\n\nArgs:\n    filename (str): Where to read.\n    **kwargs: Passed to open.',
        'Read a file.\n\nArgs:\n    path (str): Where to read.\n    **kwargs: Passed to open.\n    verbose (bool, optional): Print progress while working.',
        'Read a file.',
      ],
    },
  ],
};
