import { expect } from 'chai';
import { writeDocstring } from '../../../src/domains/docstring/write-docstring.js';
import { checkWithPython, type DocstringTruthItem } from '../../support/docstring-truth.js';

// Edits that are easy to get wrong: each is written, then read back by real Python's ast.
const EDITS: { name: string; code: string; qualname: string; text: string; replaced: boolean }[] = [
  { name: 'single-line def with its body on the same line', code: 'def f(x: int) -> int: return x\n', qualname: 'f', text: 'Return x.\n\nArgs:\n    x (int): A value.', replaced: false },
  { name: 'multi-line def header', code: 'def f(\n    a: int,\n    b: int = 2,\n) -> int:\n    return a + b\n', qualname: 'f', text: 'Add.\n\n:param a: One.\n:param b: Two.', replaced: false },
  { name: 'body starting with a comment', code: 'class A:\n    def m(self):\n        # keep me\n        return 1\n', qualname: 'A.m', text: 'Return one.', replaced: false },
  { name: 'backslashes and quotes in the text', code: 'def f():\n    return "\\\\"\n', qualname: 'f', text: 'Return a backslash: \\ and quotes """ inside, ending with "quoted"', replaced: false },
  { name: 'replacing a raw single-quoted docstring in a method', code: "class A:\n    def m(self):\n        r'''Old \\d.'''\n        return 1\n", qualname: 'A.m', text: 'New summary.\n\nReturns\n-------\nint\n    One.', replaced: true },
  { name: 'replacing a docstring on the def line', code: 'def f(): """Old."""\n', qualname: 'f', text: 'New.\n\nMore text.', replaced: true },
  { name: 'class with only a docstring', code: '@dataclass\nclass P:\n    """Old."""\n', qualname: 'P', text: 'A point.\n\nArgs:\n    x: Across.', replaced: true },
  { name: 'empty body with ...', code: 'async def g(x): ...\n', qualname: 'g', text: 'Wait.', replaced: false },
];

describe('write_docstring edits, read back by Python', () => {
  it('puts exactly the given text where ast.get_docstring finds it, at the body indentation, changing nothing else', () => {
    const items: DocstringTruthItem[] = EDITS.map((e) => {
      const { code, replaced } = writeDocstring(e.code, e.qualname, e.text);
      expect(replaced, e.name).to.equal(e.replaced);
      return { id: e.name, before: e.code, after: code, qualname: e.qualname, style: 'google', reads: [{ when: 'after', result: { docstring: e.text, has_docstring: true } }], hints: [], written: e.text, judge: null };
    });
    const verdicts = checkWithPython(items);
    for (const e of EDITS) expect(verdicts.get(e.name), e.name).to.deep.equal([]);
  });

  it('refuses text that Python would read back differently', () => {
    for (const text of ['  leading space', 'trailing \nspace', 'tab\there', '\nblank first line']) {
      expect(() => writeDocstring('def f():\n    pass\n', 'f', text), JSON.stringify(text)).to.throw(/cleandoc/);
    }
  });
});
