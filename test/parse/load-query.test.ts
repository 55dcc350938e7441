import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQuery, QueryError } from '../../src/parse/load-query.js';
import { withTree } from '../../src/parse/python.js';

describe('parse/load-query', () => {
  let dir: string;
  const scm = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'trajgen-load-query-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a good query compiles, captures what it says, and is cached', () => {
    const path = scm('good.scm', '; def f(): ...\n(function_definition name: (identifier) @name) @def\n');
    const q = loadQuery(path, ['def', 'name']);
    expect(loadQuery(path, ['def', 'name'])).to.equal(q);
    const names = withTree('def f():\n    pass\n\ndef g(): pass\n', (t) => q.captures(t.rootNode).filter((c) => c.name === 'name').map((c) => c.node.text));
    expect(names).to.deep.equal(['f', 'g']);
  });

  it('a query that does not compile throws naming the file', () => {
    const path = scm('broken.scm', '(function_definition name: (identifier) @name\n');
    expect(() => loadQuery(path, ['name'])).to.throw(QueryError, /broken\.scm: query does not compile/);
  });

  it('a node type the grammar lacks throws naming the file', () => {
    const path = scm('no-such-node.scm', '(function_defnition) @def\n');
    expect(() => loadQuery(path, ['def'])).to.throw(QueryError, /no-such-node\.scm: query does not compile/);
  });

  it('a capture the caller does not read throws naming it', () => {
    const path = scm('extra.scm', '(function_definition name: (identifier) @name body: (block) @body) @def\n');
    expect(() => loadQuery(path, ['def', 'name'])).to.throw(QueryError, /extra\.scm: unknown capture @body \(expected @def, @name\)/);
  });

  it('a capture the caller expects but the query lacks throws naming it', () => {
    const path = scm('missing.scm', '(function_definition name: (identifier) @name)\n');
    expect(() => loadQuery(path, ['def', 'name'])).to.throw(QueryError, /missing\.scm: capture @def is never used/);
  });

  it('captures starting with _ are helpers and need not be read', () => {
    const path = scm('helper.scm', '(function_definition name: (identifier) @_n (#eq? @_n "main")) @def\n');
    const q = loadQuery(path, ['def']);
    const hits = withTree('def main(): pass\ndef other(): pass\n', (t) => q.captures(t.rootNode).filter((c) => c.name === 'def').length);
    expect(hits).to.equal(1);
  });
});
