import type { LintCases } from '../../src/domains/lint/rule.js';

export const cases: LintCases = {
  valid: [
    // Module and class level names are not local variables; `_` names are dummies.
    'x = 1\n\n\nclass A:\n    y = 2\n\n\ndef f():\n    _ = g()\n    _unused = 3\n',
    // Read by a nested function, by `locals()`, after `global`, or through `nonlocal`.
    'def f():\n    a = 1\n\n    def g():\n        nonlocal a\n        a = 2\n\n    return g\n\n\ndef h():\n    b = 1\n    return locals()\n',
    // Unpacking a call result, loop variables, and a value read before it is rebound.
    'def f(items):\n    first, rest = split(items)\n    for i in items:\n        pass\n    x = 1\n    print(x)\n    x = 2\n',
    'def f():\n    global counter\n    counter = 1\n    y: int\n',
  ],
  invalid: [
    {
      // A value without side effects: the whole statement goes.
      code: 'def f():\n    total = 0  # start\n    return 1\n',
      errors: [{ line: 2, col: 5, message: 'Local variable `total` is assigned to but never used' }],
      output: 'def f():\n    return 1\n',
    },
    {
      // A call may do something: only `result = ` goes. Alone in a body, a constant becomes `pass`.
      code: 'def f(self):\n    result = self.compute()\n\n\ndef g():\n    x = [1, 2]\n',
      errors: [
        { line: 2, col: 5, message: 'Local variable `result` is assigned to but never used' },
        { line: 6, col: 5, message: 'Local variable `x` is assigned to but never used' },
      ],
      output: 'def f(self):\n    self.compute()\n\n\ndef g():\n    x = [1, 2]\n',
    },
    {
      code: 'def f(path):\n    with open(path) as fh:\n        pass\n',
      errors: [{ line: 2, col: 24, message: 'Local variable `fh` is assigned to but never used' }],
      output: 'def f(path):\n    with open(path):\n        pass\n',
    },
    {
      // An unused exception name is reported anywhere, even at module level, and its fix (drop
      // ` as err`) is the one safe F841 fix.
      code: 'try:\n    pass\nexcept (ValueError, KeyError) as err:\n    pass\n',
      errors: [{ line: 3, col: 34, message: 'Local variable `err` is assigned to but never used', fixable: true }],
      output: 'try:\n    pass\nexcept (ValueError, KeyError):\n    pass\n',
    },
    {
      // Tuple targets with a literal value: the fix renames to a dummy.
      code: 'async def f():\n    a, b = 1, 2\n    return a\n',
      errors: [{ line: 2, col: 8, message: 'Local variable `b` is assigned to but never used' }],
      output: 'async def f():\n    a, _b = 1, 2\n    return a\n',
    },
    {
      // Chained targets: each fix drops its own `name = `; an annotated one keeps the call.
      code: 'def f():\n    a = b = g()\n    c: int = h()\n',
      errors: [
        { line: 2, col: 5, message: 'Local variable `a` is assigned to but never used' },
        { line: 2, col: 9, message: 'Local variable `b` is assigned to but never used' },
        { line: 3, col: 5, message: 'Local variable `c` is assigned to but never used' },
      ],
      output: 'def f():\n    b = g()\n    c: int = h()\n',
    },
    {
      // Augmented assignment and walrus: reported, but ruff has no fix.
      code: 'def f(data):\n    count += 1\n    if (n := len(data)) > 3:\n        return [y := 1 for _ in data]\n',
      errors: [
        { line: 2, col: 5, message: 'Local variable `count` is assigned to but never used' },
        { line: 3, col: 9, message: 'Local variable `n` is assigned to but never used' },
        { line: 4, col: 17, message: 'Local variable `y` is assigned to but never used' },
      ],
    },
  ],
  inject: [
    { code: 'def f(x):\n    """Doc."""\n    return x\n', output: 'def f(x):\n    """Doc."""\n    unused_result = {}\n    return x\n' },
    { code: 'class A:\n    def m(self):\n        return 1\n', output: 'class A:\n    def m(self):\n        unused_result = {}\n        return 1\n' },
  ],
};
