import { expect } from 'chai';
import { allEntries, withoutAllEntries } from '../../../src/domains/lint/all-entries.js';
import { initPython, withTree } from '../../../src/parse/python.js';

describe('domains/lint/all-entries', () => {
  before(initPython);

  it('reads the plain string entries of __all__ lists and tuples, assigned or added to', () => {
    const code = '__all__ = ["a", \'b\']\n__all__ += ("c",)\nx = ["d"]\n__all__ = [f"e{1}", "f" "g"] + more\n';
    expect(withTree(code, (t) => allEntries(t.rootNode).map((e) => e.name))).to.deep.equal(['a', 'b', 'c']);
  });

  it('takes an entry out with its comma, leaving the list written as before', () => {
    const cases: [string, string[], string][] = [
      ['__all__ = ["a", "b", "c"]\n', ['b'], '__all__ = ["a", "c"]\n'],
      ['__all__ = ["a", "b", "c"]\n', ['a'], '__all__ = ["b", "c"]\n'],
      ['__all__ = ["a", "b", "c"]\n', ['c'], '__all__ = ["a", "b"]\n'],
      ['__all__ = ["a", "b"]\n', ['a', 'b'], '__all__ = []\n'],
      ['__all__ = ("a",)\n', ['a'], '__all__ = ()\n'],
      ['__all__ = [\n    "a",\n    "b",\n]\n', ['a'], '__all__ = [\n    "b",\n]\n'],
      ['__all__ = [\n    "a", "b",\n    "c",\n]\n', ['b'], '__all__ = [\n    "a",\n    "c",\n]\n'],
      ['__all__ = [\n    "a", "b",\n    "c",\n]\n', ['a', 'b'], '__all__ = [\n    "c",\n]\n'],
      ['__all__ = ["a",\n           "b"]\n', ['b'], '__all__ = ["a"]\n'],
      ['__all__ = ["a"]\nother = ["b"]\n', ['b'], '__all__ = ["a"]\nother = ["b"]\n'],
    ];
    for (const [code, names, want] of cases) expect(withoutAllEntries(code, new Set(names)), `${JSON.stringify(code)} without ${names}`).to.equal(want);
  });

  it('leaves the code as it is when no entry names one of the names', () => {
    const code = '__all__ = ["a",  "b"]   \n';
    expect(withoutAllEntries(code, new Set(['z']))).to.equal(code);
    expect(withoutAllEntries(code, new Set())).to.equal(code);
  });
});
