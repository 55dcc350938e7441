import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Query } from 'web-tree-sitter';
import { FlatQuery } from '../../src/parse/flat-query.js';
import { FlatTree } from '../../src/parse/flat-tree.js';
import { listPythonFiles } from '../../src/parse/list-python-files.js';
import { initPython, pythonLanguage, withTree } from '../../src/parse/python.js';
import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { projectPath } from '../../src/paths.js';

const brief = (c: { name: string; node: SyntaxNode }) => `@${c.name} ${c.node.type} ${c.node.startIndex}-${c.node.endIndex}`;

describe('parse/flat-query', () => {
  before(() => initPython());

  const lintQueries = () =>
    readdirSync(projectPath('rules', 'lint'))
      .filter((f) => f.endsWith('.scm'))
      .sort()
      .map((f) => join(projectPath('rules', 'lint'), f));

  it('reads every lint rule query but the one with an anchor (E305, for injections only)', () => {
    const files = lintQueries();
    expect(files.length).to.be.greaterThan(10);
    const left = files.filter((f) => FlatQuery.compile(readFileSync(f, 'utf8')) === null).map((f) => f.slice(-8));
    expect(left).to.deep.equal(['E305.scm']);
  });

  it('leaves what it does not read to tree-sitter: predicates, quantifiers, deeper children, two captures', () => {
    for (const source of [
      '((identifier) @x (#eq? @x "self"))',
      '(block (_)* @stmt)',
      '(call function: (attribute object: (identifier) @obj))',
      '(assignment left: (identifier) @l right: (_) @r)',
      '(module (a) (b) @x)',
      '(module (function_definition) . (_) @stmt)',
      '(string) @a @b',
      '',
    ]) {
      expect(FlatQuery.compile(source), source).to.equal(null);
    }
  });

  it('captures what tree-sitter captures, in its order, for every lint query on every lint fixture and real-size module', function () {
    this.timeout(300_000);
    const files = [...listPythonFiles(projectPath('fixtures', 'lint')), ...listPythonFiles(projectPath('fixtures', 'real'))];
    const queries = lintQueries().flatMap((f) => {
      const source = readFileSync(f, 'utf8');
      const flat = FlatQuery.compile(source);
      return flat ? [{ f, flat, real: new Query(pythonLanguage(), source) }] : [];
    });
    let compared = 0;
    let captures = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      withTree(code, (tree) => {
        if (tree.rootNode.hasError) return;
        const flat = FlatTree.of(tree, code);
        for (const q of queries) {
          const want = q.real.captures(tree.rootNode).map(brief);
          expect(q.flat.captures(flat).map(brief), `${q.f} on ${file}`).to.deep.equal(want);
          compared++;
          captures += want.length;
        }
      });
    }
    expect(compared).to.be.greaterThan(500);
    expect(captures).to.be.greaterThan(10_000);
  });

  it('matches fields, anonymous tokens, alternations and any-node children as tree-sitter does on made-up code', () => {
    const code = [
      'import os',
      'def f(a, b):',
      '    # note',
      '    if a == b: return a',
      '    x = [1, 2]',
      '    return {"k": a % b, "j": a + b}',
      'class C: pass',
      '# trailing',
      'y = f(1, 2)',
      'while y != 3: y += 1',
      '',
    ].join('\n');
    const sources = [
      '(module [(function_definition) (class_definition) (decorated_definition)] @def)',
      '(module (expression_statement)) @module',
      '(_ "=" @op)',
      '(if_statement condition: (_) @condition)\n(while_statement condition: (comparison_operator) @condition)',
      '(binary_operator ["+" "%"] @op)\n(pair ":" @punct)\n(argument_list "," @punct)',
      '(block (_) @stmt)\n(comment) @comment',
      '(function_definition body: (block) @body) (type) @t',
    ];
    withTree(code, (tree) => {
      const flat = FlatTree.of(tree, code);
      for (const source of sources) {
        const q = FlatQuery.compile(source);
        expect(q, source).to.not.equal(null);
        expect(q!.captures(flat).map(brief), source).to.deep.equal(new Query(pythonLanguage(), source).captures(tree.rootNode).map(brief));
      }
    });
  });
});
