import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'x = 1\nif x == 1:\n    x += 1\n',
    // Keyword arguments and defaults, also annotated ones, are E252's business, not E225's.
    'def f(a=1, b: int=2, *args, **kwargs) -> None:\n    g(a=1, *args, **kwargs)\n',
    // Unary operators, slices, lambdas, f-string `=` and operators inside strings.
    'y = -1\nz = x[1:-1]\nf = lambda a=1: a\ns = f"{y=}"\nt = "a==b"\n',
    // `**` may go unspaced on both sides, and `x ==y` under a bare noqa is silenced.
    'x = 1 if a else -1\nw = 2**8\nv = a ==b  # noqa\n',
    'x = [*a, *b]\ny = {**d}\nprint(*a, sep="")\n',
  ],
  invalid: [
    {
      code: 'x=1\n',
      errors: [{ line: 1, col: 2, message: 'Missing whitespace around operator' }],
      output: 'x = 1\n',
    },
    {
      code: 'def f(a, b):\n    if a==b:\n        return a\n',
      errors: [{ line: 2, col: 9, message: 'Missing whitespace around operator' }],
      output: 'def f(a, b):\n    if a == b:\n        return a\n',
    },
    {
      // One side spaced: ruff adds the other space only.
      code: 'if a ==b and c!= d:\n    pass\n',
      errors: [
        { line: 1, col: 6, message: 'Missing whitespace around operator' },
        { line: 1, col: 15, message: 'Missing whitespace around operator' },
      ],
      output: 'if a == b and c!= d:\n    pass\n',
    },
    {
      code: 'def f(a)->int:\n    return a\n',
      errors: [{ line: 1, col: 9, message: 'Missing whitespace around operator' }],
      output: 'def f(a) -> int:\n    return a\n',
    },
    {
      code: 'total+=1\nif (n:=len(a)) > 2:\n    pass\n',
      errors: [
        { line: 1, col: 6, message: 'Missing whitespace around operator' },
        { line: 2, col: 6, message: 'Missing whitespace around operator' },
      ],
      output: 'total += 1\nif (n:=len(a)) > 2:\n    pass\n',
    },
    {
      // Inside an f-string replacement field the comparison still counts; a keyword argument does not.
      code: 'print(f"{a==b}", sep="")\nx = [i for i in(a)]\n',
      errors: [
        { line: 1, col: 11, message: 'Missing whitespace around operator' },
        { line: 2, col: 14, message: 'Missing whitespace around operator' },
      ],
      output: 'print(f"{a == b}", sep="")\nx = [i for i in(a)]\n',
    },
    {
      // A noqa naming another code does not silence E225.
      code: 'y=2  # noqa: E501\n',
      errors: [{ line: 1, col: 2, message: 'Missing whitespace around operator' }],
      output: 'y = 2  # noqa: E501\n',
    },
  ],
  inject: [
    { code: 'def f(a, b):\n    if a == b:\n        return a\n', output: 'def f(a, b):\n    if a==b:\n        return a\n' },
    { code: 'g(key=1)\ntotal = 0\n', output: 'g(key=1)\ntotal=0\n' },
  ],
};
