import { expect } from 'chai';
import { withTree } from '../../src/parse/python.js';
import { findSyntaxError } from '../../src/parse/syntax-error.js';

const errorAt = (code: string) => withTree(code, (tree) => findSyntaxError(tree));

describe('parse/syntax-error: findSyntaxError', () => {
  it('null for valid code, including an empty file and non-ASCII', () => {
    expect(errorAt('def f(x):\n    return x\n')).to.equal(null);
    expect(errorAt('')).to.equal(null);
    expect(errorAt('s = "é €"  # 中文\n')).to.equal(null);
  });

  it('a MISSING token on the first line: line 1, 1-based column of the gap', () => {
    expect(errorAt('def f(:\n    pass\n')).to.deep.equal({ line: 1, column: 7 });
  });

  it('an error further down gives its 1-based line and column', () => {
    expect(errorAt('x = 1\ny = 2\nz = = 3\n')).to.deep.equal({ line: 3, column: 5 });
  });

  it('a missing token (unclosed call) is reported', () => {
    expect(errorAt('a = 1\nprint(a\n')).to.deep.equal({ line: 2, column: 1 });
  });

  it('gives the first of several errors', () => {
    expect(errorAt('ok = 1\nbad = )\nfine = 2\nworse = (]\n')?.line).to.equal(2);
  });

  it('an ERROR spanning the whole statement starts at column 1', () => {
    expect(errorAt('x = 1 +* 2\n')).to.deep.equal({ line: 1, column: 1 });
  });
});
