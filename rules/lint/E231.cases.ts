import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'print(a, b)\nt = (1,)\nxs = [1, 2,]\n',
    // Slices, walrus, and colons and commas inside f-string format specs.
    'x = a[1:2]\ny = a[i:j, ::2]\nif (n:=1):\n    pass\ns = f"{v:>10} {v:,}"\n',
    'd = {"a": 1, "b": 2}\ns = "a,b:c"\nf = lambda x: x\n',
    // The colon of a lambda inside a subscript counts as a slice colon for ruff.
    'x = a[lambda k:1]\nz = f(a,b)  # noqa: E231\n',
  ],
  invalid: [
    {
      code: 'print(a,b)\n',
      errors: [{ line: 1, col: 8, message: 'Missing whitespace after `,`' }],
      output: 'print(a, b)\n',
    },
    {
      code: 'd = {"a":1,"b":2}\n',
      errors: [
        { line: 1, col: 9, message: 'Missing whitespace after `:`' },
        { line: 1, col: 11, message: 'Missing whitespace after `,`' },
        { line: 1, col: 15, message: 'Missing whitespace after `:`' },
      ],
      output: 'd = {"a": 1,"b":2}\n',
    },
    {
      code: 'def f(a:int, b: dict[str,int]) -> None:\n    pass\n',
      errors: [
        { line: 1, col: 8, message: 'Missing whitespace after `:`' },
        { line: 1, col: 25, message: 'Missing whitespace after `,`' },
      ],
      output: 'def f(a: int, b: dict[str,int]) -> None:\n    pass\n',
    },
    {
      // A dict inside a subscript: its colon is not a slice.
      code: 'x = a[{"k":1}["k"]]\n',
      errors: [{ line: 1, col: 11, message: 'Missing whitespace after `:`' }],
      output: 'x = a[{"k": 1}["k"]]\n',
    },
    {
      code: 'x = 1;y = 2\nf = lambda a:a\n',
      errors: [
        { line: 1, col: 6, message: 'Missing whitespace after `;`' },
        { line: 2, col: 13, message: 'Missing whitespace after `:`' },
      ],
      output: 'x = 1; y = 2\nf = lambda a:a\n',
    },
    {
      // A comma inside an f-string replacement field is code; `{1,}` is not a one-tuple.
      code: 's = f"{a,b}"\nt = {1,}\n',
      errors: [
        { line: 1, col: 9, message: 'Missing whitespace after `,`' },
        { line: 2, col: 7, message: 'Missing whitespace after `,`' },
      ],
      output: 's = f"{a, b}"\nt = {1,}\n',
    },
  ],
  inject: [
    { code: 'print(a, b)\n', output: 'print(a,b)\n' },
    { code: 'd = {"a": 1}\n', output: 'd = {"a":1}\n' },
  ],
};
