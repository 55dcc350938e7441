import { expect } from 'chai';
import { lineIndexAt, lineStartsOf } from '../../src/parse/line-starts.js';

describe('parse/line-starts', () => {
  it('starts a line after each \\n, a \\r staying on its line, and one more after a final \\n', () => {
    expect(lineStartsOf('')).to.deep.equal([0]);
    expect(lineStartsOf('a = 1\r\nb\n')).to.deep.equal([0, 7, 9]);
  });

  it('finds the line of an offset, the \\n itself on the line it ends', () => {
    const starts = lineStartsOf('ab\ncd\n\nx');
    expect([0, 2, 3, 5, 6, 7, 8].map((o) => lineIndexAt(starts, o))).to.deep.equal([0, 0, 1, 1, 2, 3, 3]);
  });
});
