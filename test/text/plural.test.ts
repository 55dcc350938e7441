import { expect } from 'chai';
import { agree, counted } from '../../src/text/plural.js';

describe('text/plural', () => {
  it('agrees the word with the count', () => {
    expect([0, 1, 2, 11].map((n) => counted(n, 'issue'))).to.deep.equal(['0 issues', '1 issue', '2 issues', '11 issues']);
    expect([1, 2].map((n) => counted(n, 'fix'))).to.deep.equal(['1 fix', '2 fixes']);
    expect([1, 3].map((n) => counted(n, 'test'))).to.deep.equal(['1 test', '3 tests']);
    expect([1, 3].map((n) => counted(n, 'fixture'))).to.deep.equal(['1 fixture', '3 fixtures']);
    expect([1, 2].map((n) => counted(n, 'error case'))).to.deep.equal(['1 error case', '2 error cases']);
    expect([1, 2].map((n) => counted(n, 'class'))).to.deep.equal(['1 class', '2 classes']);
  });

  it('conjugates the verb with the count', () => {
    expect([1, 2, 0].map((n) => `${counted(n, 'issue')} ${agree(n, 'remains')}`)).to.deep.equal(['1 issue remains', '2 issues remain', '0 issues remain']);
    expect([1, 2].map((n) => agree(n, 'was'))).to.deep.equal(['was', 'were']);
  });
});
