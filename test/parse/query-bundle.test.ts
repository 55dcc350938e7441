import { expect } from 'chai';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Query } from 'web-tree-sitter';
import { listPythonFiles } from '../../src/parse/list-python-files.js';
import { pythonLanguage, withTree } from '../../src/parse/python.js';
import { prefixCaptures, QueryBundle } from '../../src/parse/query-bundle.js';
import { projectPath } from '../../src/paths.js';

const sig = (c: { name: string; node: { type: string; startIndex: number; endIndex: number } }) => `${c.name}:${c.node.type}@${c.node.startIndex}-${c.node.endIndex}`;

describe('parse/query-bundle', () => {
  it('puts the prefix before every capture name and nowhere else', () => {
    const source = '; @not-a-capture in a comment\n(binary_operator "@" @op) @whole.expr\n(string "\\"@\\"" @s)\n';
    expect(prefixCaptures(source, 'q3__')).to.equal('; @not-a-capture in a comment\n(binary_operator "@" @q3__op) @q3__whole.expr\n(string "\\"@\\"" @q3__s)\n');
  });

  it("gives each lint rule's query the captures it gives run alone, in the same order", function () {
    this.timeout(120_000);
    const folder = projectPath('rules', 'lint');
    const bundle = QueryBundle.forFolder(folder);
    const alone = readdirSync(folder)
      .filter((f) => f.endsWith('.scm'))
      .map((f) => ({ path: join(folder, f), query: new Query(pythonLanguage(), readFileSync(join(folder, f), 'utf8')) }));
    expect(alone.length).to.be.greaterThan(10);
    const files = [...listPythonFiles(projectPath('fixtures', 'lint')), ...listPythonFiles(projectPath('fixtures', 'real')).slice(0, 8)];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      withTree(code, (tree) => {
        const together = bundle.captures(tree.rootNode);
        for (const { path, query } of alone) expect(together.get(path)!.map(sig), `${path} on ${file}`).to.deep.equal(query.captures(tree.rootNode).map(sig));
      });
    }
  });

  it('runs only the files asked for, with the captures the whole folder gives them', () => {
    const folder = projectPath('rules', 'lint');
    const only = new Set([join(folder, 'E501.scm'), join(folder, 'E225.scm')]);
    const some = QueryBundle.forFolder(folder, only);
    expect(QueryBundle.forFolder(folder, new Set(only))).to.equal(some); // compiled once per set
    const code = readFileSync(listPythonFiles(projectPath('fixtures', 'lint'))[0], 'utf8');
    withTree(code, (tree) => {
      const part = some.captures(tree.rootNode);
      const whole = QueryBundle.forFolder(folder).captures(tree.rootNode);
      expect([...part.keys()].sort()).to.deep.equal([...only].sort());
      for (const path of only) {
        expect(part.get(path)!.length, path).to.be.greaterThan(0);
        expect(part.get(path)!.map(sig), path).to.deep.equal(whole.get(path)!.map(sig));
      }
    });
  });

  it('names the folder when its queries do not compile together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trajgen-bundle-'));
    try {
      writeFileSync(join(dir, 'a.scm'), '(identifier) @id\n');
      writeFileSync(join(dir, 'b.scm'), '(no_such_node) @x\n');
      expect(() => QueryBundle.forFolder(dir)).to.throw(/do not compile together/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
