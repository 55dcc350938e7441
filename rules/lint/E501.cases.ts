import type { LintCases } from '../../src/domains/lint/rule.js';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');

export const cases: LintCases = {
  valid: [
    'x = 1\n',
    // A single token cannot be shortened; a URL that starts within the limit is spared.
    `URLS = [\n    "https://example.com/${'a'.repeat(80)}",\n]\nx = 1  # see https://example.com/${'a'.repeat(70)}\n`,
    // The width without a trailing pragma comment is what counts; noqa silences the rule.
    `x = "${'a'.repeat(80)}"  # type: ignore\ny = "${words(16)}"  # noqa: E501\n`,
    // Inside a multi-line string the noqa goes on the string's last line.
    `def f():\n    """${words(18)}\n    """  # noqa: E501\n`,
  ],
  invalid: [
    {
      code: `x = 1  # ${words(14)}\n`,
      errors: [{ line: 1, col: 89, message: 'Line too long (92 > 88)' }],
    },
    {
      // A docstring line counts like any other line.
      code: `def f():\n    """${words(16)}\n    """\n`,
      errors: [{ line: 2, col: 89, message: 'Line too long (102 > 88)' }],
    },
    {
      // Wide characters take two columns; the column is where the limit is passed, in characters.
      code: `s = "${'日本'.repeat(21)} ok"\n`,
      errors: [{ line: 1, col: 48, message: 'Line too long (93 > 88)' }],
    },
    {
      // A tab indents to the next multiple of 4; a noqa for another code does not help.
      code: `def f():\n\treturn "${words(13)}"  # noqa: E225\n`,
      errors: [{ line: 2, col: 86, message: 'Line too long (90 > 88)' }],
    },
    {
      code: `y = 2\nlabel = "${words(9)}"  # pragma: keep ${words(2)}\n`,
      errors: [{ line: 2, col: 89, message: 'Line too long (91 > 88)' }],
    },
  ],
  inject: [
    { code: 'total = 0  # running total\n', output: 'total = 0  # running total before again is value later is is it the value the the checked the before\n' },
  ],
};
