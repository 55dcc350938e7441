import type { DocstringCases } from '../../src/domains/docstring/rule.js';

const model = { summary: 'Walk the tree.', description: null, params: [], returns: null, yields: { type: 'Node', description: 'Each node, depth first.' }, raises: [] };

export const cases: DocstringCases = {
  valid: [
    { code: 'def f() -> Iterator[int]:\n    """Count.\n\n    Yields:\n        int: The next number.\n    """\n    yield 1\n', style: 'google' },
    { code: 'def f():\n    """Collect."""\n    def g():\n        yield 1\n    return list(g())\n', style: 'google' },
  ],
  invalid: [
    { code: 'def f() -> Iterator[int]:\n    """Count.\n\n    Returns:\n        int: The next number.\n    """\n    yield 1\n', style: 'google', message: 'a generator documented with a Returns section instead of Yields' },
    { code: 'def f():\n    """Count.\n\n    :returns: Numbers.\n    """\n    yield 1\n', style: 'sphinx', message: 'instead of Yields' },
    { code: 'def f():\n    """Count."""\n    yield 1\n', style: 'numpy', message: 'a generator without a Yields section' },
  ],
  stale: [
    { code: 'def f() -> Iterator[Node]:\n    yield root\n', style: 'numpy', model, docstrings: ['Walk the tree.\n\nReturns\n-------\nNode\n    Each node, depth first.'] },
  ],
};
