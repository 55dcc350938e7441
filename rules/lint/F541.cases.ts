import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    'name = "x"\ngreeting = f"hello {name}"\n',
    // One placeholder anywhere in an implicit concatenation clears every part.
    'msg = (f"a" "b"\n       f"{msg!r}")\n',
    'x = f"{{{value}}}"\n',
    'path = r"C:\\dir"\n',
  ],
  invalid: [
    {
      code: 'print(f"done")\n',
      errors: [{ line: 1, col: 7, message: 'f-string without any placeholders' }],
      output: 'print("done")\n',
    },
    {
      // Doubled braces are literal braces: the fix un-doubles them.
      code: "tpl = F'{{name}}: é'\n",
      errors: [{ line: 1, col: 7, message: 'f-string without any placeholders' }],
      output: "tpl = '{name}: é'\n",
    },
    {
      code: 'pattern = rf"\\d+" fr"x"\n',
      errors: [
        { line: 1, col: 11, message: 'f-string without any placeholders' },
        { line: 1, col: 19, message: 'f-string without any placeholders' },
      ],
      output: 'pattern = r"\\d+" fr"x"\n',
    },
    {
      code: 'def f():\n    return (\n        "a"\n        f"""b\nc"""\n    )\n',
      errors: [{ line: 4, col: 9, message: 'f-string without any placeholders' }],
      output: 'def f():\n    return (\n        "a"\n        """b\nc"""\n    )\n',
    },
    {
      // The inner f-string has no placeholder although the outer one has.
      code: "x = f\"{f'inner'}\"\n",
      errors: [{ line: 1, col: 8, message: 'f-string without any placeholders' }],
      output: "x = f\"{'inner'}\"\n",
    },
  ],
  inject: [
    { code: 'def f():\n    """Doc."""\n    return "done"\n', output: 'def f():\n    """Doc."""\n    return f"done"\n' },
    { code: 'x = "{}".format(1)\ny = r"\\d"\n', output: 'x = "{}".format(1)\ny = fr"\\d"\n' },
  ],
};
