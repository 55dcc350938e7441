import { expect } from 'chai';
import type { Node } from 'web-tree-sitter';
import { EDGE_CATEGORIES, functionCategories } from '../../src/parse/edge-categories.js';
import { withTree } from '../../src/parse/python.js';

/** Categories of the function named `name` (the last def with that name) in `code`. */
function categoriesOf(code: string, name: string): string[] {
  return withTree(code, (tree) => {
    const defs = tree.rootNode.descendantsOfType('function_definition').filter((d): d is Node => d !== null && d.childForFieldName('name')?.text === name);
    if (defs.length === 0) throw new Error(`no def ${name}`);
    return functionCategories(defs[defs.length - 1]);
  });
}

// [title, code, function name, exact categories]; typed params keep no_annotations out of the way.
const CASES: [string, string, string, string[]][] = [
  ['ordinary (no category)', 'def f(x: int):\n    return x\n', 'f', []],
  ['decorated', '@cache\ndef f(x: int):\n    return x\n', 'f', ['decorated']],
  ['decorated with a call', '@lru_cache(maxsize=2)\n@other\ndef f(x: int):\n    return x\n', 'f', ['decorated']],
  ['async', 'async def f(x: int):\n    return await x\n', 'f', ['async']],
  ['method', 'class A:\n    def m(self, x: int):\n        return x\n', 'm', ['method']],
  ['decorated method', 'class A:\n    @staticmethod\n    def m(x: int):\n        return x\n', 'm', ['decorated', 'method']],
  ['nested', 'def o(a: int):\n    def f(x: int):\n        return x\n    return f\n', 'f', ['nested']],
  ['outer is not nested', 'def o(a: int):\n    def f(x: int):\n        return x\n    return f\n', 'o', []],
  ['method of a class inside a function is nested', 'def o(a: int):\n    class C:\n        def m(self, x: int):\n            return x\n    return C\n', 'm', ['method', 'nested']],
  ['function in a function in a class body is not a method', 'class A:\n    def m(self, x: int):\n        def f(y: int):\n            return y\n        return f\n', 'f', ['nested']],
  ['empty body: pass', 'def f(x: int):\n    pass\n', 'f', ['empty_body']],
  ['empty body: ...', 'def f(x: int): ...\n', 'f', ['empty_body']],
  ['empty body: docstring only', 'def f(x: int):\n    """Doc."""\n', 'f', ['empty_body']],
  ['docstring and a statement is not empty', 'def f(x: int):\n    """Doc."""\n    return x\n', 'f', []],
  ['varargs *args', 'def f(*args: int):\n    return args\n', 'f', ['varargs']],
  ['varargs **kwargs', 'def f(x: int, **kwargs):\n    return x\n', 'f', ['varargs']],
  ['a bare * (keyword-only) is not varargs', 'def f(x: int, *, y: int):\n    return x\n', 'f', []],
  ['no annotations', 'def f(x, y=1):\n    return x\n', 'f', ['no_annotations']],
  ['a return annotation alone counts as annotated', 'def f(x) -> int:\n    return x\n', 'f', []],
  ['a typed default counts as annotated', 'def f(x=1, y: int = 2):\n    return x\n', 'f', []],
  ['no parameters and no annotations', 'def f():\n    return 1\n', 'f', ['no_annotations']],
  ['generator', 'def f(x: int):\n    yield x\n', 'f', ['generator']],
  ['generator: yield from inside a loop', 'def f(x: int):\n    for i in x:\n        yield from i\n', 'f', ['generator']],
  ['a yield in a nested def does not make the outer a generator', 'def o(a: int):\n    def g(x: int):\n        yield x\n    return g\n', 'o', []],
  ['everything at once', 'class A:\n    @dec\n    async def m(self, *a):\n        yield 1\n', 'm', ['decorated', 'async', 'method', 'varargs', 'no_annotations', 'generator']],
];

describe('parse/edge-categories: functionCategories', () => {
  for (const [title, code, name, expected] of CASES) {
    it(title, () => {
      expect(categoriesOf(code, name)).to.deep.equal(expected);
    });
  }

  it('every category the cases produce is a declared edge category; "class" is left to the domains', () => {
    const seen = new Set(CASES.flatMap(([, code, name]) => categoriesOf(code, name)));
    for (const c of seen) expect(EDGE_CATEGORIES as readonly string[]).to.include(c);
    expect([...seen].sort()).to.deep.equal(EDGE_CATEGORIES.filter((c) => c !== 'class').sort());
  });
});
