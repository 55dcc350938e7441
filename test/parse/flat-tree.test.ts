import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Node } from 'web-tree-sitter';
import { rngFor } from '../../src/generate/rng.js';
import { FlatTree, type FlatNode } from '../../src/parse/flat-tree.js';
import { listPythonFiles } from '../../src/parse/list-python-files.js';
import { parsePython, pythonLanguage, reparseWithChanges, withTree } from '../../src/parse/python.js';
import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { projectPath } from '../../src/paths.js';

const brief = (n: SyntaxNode | null) => (n ? `${n.type}@${n.startIndex}-${n.endIndex}` : 'null');
const briefs = (ns: (SyntaxNode | null)[]) => ns.map(brief).join(' ');

/** Everything a SyntaxNode answers, each node it names written by type and offsets. */
function answers(n: SyntaxNode, fields: string[], broken: boolean): Record<string, unknown> {
  return {
    // In a tree with parse errors tree-sitter's nextSibling passes over a zero-width MISSING
    // token; nothing reads siblings in such a tree (a state that does not parse is never linted).
    ...(broken ? {} : { nextSibling: brief(n.nextSibling), nextNamedSibling: brief(n.nextNamedSibling), previousSibling: brief(n.previousSibling) }),
    type: n.type,
    isNamed: n.isNamed,
    isMissing: n.isMissing,
    range: [n.startIndex, n.endIndex],
    points: [n.startPosition, n.endPosition],
    text: n.text,
    parent: brief(n.parent),
    firstChild: brief(n.firstChild),
    lastChild: brief(n.lastChild),
    children: briefs(n.children),
    namedChildren: briefs(n.namedChildren),
    counts: [n.childCount, n.namedChildCount],
    child: [brief(n.child(0)), brief(n.child(1)), brief(n.child(n.childCount))],
    namedChild: [brief(n.namedChild(0)), brief(n.namedChild(2)), brief(n.namedChild(n.namedChildCount))],
    // tree-sitter quirk: a match_statement's childForFieldName('alternative') reaches through its
    // body block to the first case_clause (the field belongs to the hidden rule the block is an
    // alias of) while childrenForFieldName finds none. Nothing here reads that field of a match.
    fields: fields.map((f) => (n.type === 'match_statement' && f === 'alternative' ? f : `${f}=${brief(n.childForFieldName(f))} [${briefs(n.childrenForFieldName(f))}]`)),
    strings: briefs(n.descendantsOfType('string')),
    // Not 'ERROR': web-tree-sitter passes the symbol list as 32-bit ints to code that reads 16-bit
    // ones, and ERROR's id (65535) in a list hides the types after it. Nothing here asks for it.
    names: briefs(n.descendantsOfType(n.type === 'ERROR' ? ['identifier', 'comment'] : ['identifier', 'comment', n.type])),
  };
}

/** The real nodes of a tree in document order, as a TreeCursor visits them. */
function realNodes(root: Node): Node[] {
  const out: Node[] = [];
  const c = root.walk();
  for (;;) {
    out.push(c.currentNode);
    if (c.gotoFirstChild()) continue;
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent()) {
        c.delete();
        return out;
      }
    }
  }
}

function compare(code: string, where: string): number {
  const fields = pythonLanguage().fields.filter((f): f is string => f !== null);
  return withTree(code, (tree) => {
    const flat = FlatTree.of(tree, code);
    const real = realNodes(tree.rootNode);
    expect(flat.size, where).to.equal(real.length);
    real.forEach((r, i) => {
      const f: FlatNode = flat.node(i);
      const broken = tree.rootNode.hasError;
      expect(answers(f, fields, broken), `${where} node ${i} (${r.type} at ${r.startPosition.row + 1}:${r.startPosition.column + 1})`).to.deep.equal(answers(r, fields, broken));
    });
    return real.length;
  });
}

describe('FlatTree', () => {
  it('answers as web-tree-sitter does for every node of every lint fixture and real-size module', function () {
    this.timeout(600_000);
    // Each fixture folder is read whole; the long real modules only in part, to keep the test short.
    const files = [...listPythonFiles(projectPath('fixtures', 'lint')), ...listPythonFiles(projectPath('fixtures', 'real')).slice(0, 12)];
    let nodes = 0;
    for (const file of files) nodes += compare(readFileSync(file, 'utf8'), file);
    expect(nodes).to.be.greaterThan(10_000);
  });

  it('keeps non-ASCII columns, CRLF line ends, MISSING and ERROR nodes as tree-sitter has them', () => {
    compare('s = "é ✓ 🎉"; t = f"{s!r:>{10}}"  # ünïcode\r\nx = [1, 2\r\n', 'non-ASCII, CRLF, unclosed bracket');
    compare('def f(:\n    return 1 +\n', 'ERROR nodes');
    compare('if x\n    y = (1,\n', 'a MISSING token');
    compare('', 'an empty file');
  });

  it('gives the same object for a node asked for twice, and outlives the tree it was read from', () => {
    const code = 'import os\n\n\ndef f(a, *b):\n    return os.path.join(a)\n';
    const flat = withTree(code, (tree) => FlatTree.of(tree, code));
    const def = flat.root.namedChildren[1];
    expect(def.type).to.equal('function_definition');
    expect(def.childForFieldName('name')!.parent).to.equal(def);
    expect(def.childForFieldName('name')!.text).to.equal('f');
    expect(flat.root.descendantsOfType('list_splat_pattern').map((n) => n.text)).to.deep.equal(['*b']);
    expect(def.childForFieldName('no_such_field')).to.equal(null);
  });

  describe('read again after an edit, copying what the edit left alone', () => {
    /** Every array of a flat tree, as plain lists (the node cache aside). */
    const arrays = (f: FlatTree) => ({
      size: f.size,
      hasError: f.hasError,
      ...Object.fromEntries((['typeId', 'fieldId', 'start', 'end', 'parent', 'firstChild', 'nextSibling', 'after'] as const).map((k) => [k, [...f[k]]])),
      flags: Array.from({ length: f.size }, (_, i) => f.flagsOf(i)),
    });

    /** Edits of the kinds fixes and injections make: lines added, dropped, changed, joined, split. */
    function edits(code: string, seed: number): string[] {
      const rng = rngFor(seed, 'flat-tree');
      const lines = code.split('\n');
      const at = () => Math.floor(rng() * lines.length);
      const out: string[] = [];
      for (let k = 0; k < 4; k++) {
        const a = at();
        out.push([...lines.slice(0, a), 'import re', ...lines.slice(a)].join('\n'));
        out.push([...lines.slice(0, a), ...lines.slice(a + 1)].join('\n'));
        out.push([...lines.slice(0, a), `${lines[a]}  # é ✓ 🎉`, ...lines.slice(a + 1)].join('\n'));
        out.push([...lines.slice(0, a), lines[a].replace(/ = /, '='), ...lines.slice(a + 1)].join('\n'));
        out.push([...lines.slice(0, a), `${' '.repeat(/^ */.exec(lines[a])![0].length)}unused_result = None`, ...lines.slice(a)].join('\n'));
      }
      out.push(code.replace(/\n\n\n/, '\n\n'), code.replace(/(\w)\(/, '$1 ('), code.replace(/^(import \w+)\nimport (\w+)$/m, '$1, $2'), code.replace(/:\n/, ':\n    x = [1,\n'));
      // Two to four of those lines apart, as a mutation's injections and a fix-all's fixes are.
      for (let k = 0; k < 4; k++) {
        const many = [...lines];
        const spots = Array.from({ length: 2 + (k % 3) }, at).sort((x, y) => y - x);
        for (const [j, a] of spots.entries()) {
          if (j % 3 === 0) many.splice(a, 0, 'import re');
          else if (j % 3 === 1) many.splice(a, 1);
          else many[a] = `${many[a]}  # é ✓ 🎉`;
        }
        out.push(many.join('\n'));
      }
      return [...new Set(out)].filter((e) => e !== code);
    }

    it('gives the arrays a whole walk of a fresh parse gives, after every edit of every lint fixture', function () {
      this.timeout(600_000);
      let compared = 0;
      let copied = 0;
      let nodes = 0;
      for (const [n, file] of listPythonFiles(projectPath('fixtures', 'lint')).entries()) {
        const code = readFileSync(file, 'utf8');
        const before = parsePython(code);
        const flat = FlatTree.of(before, code);
        try {
          for (const edited of edits(code, n)) {
            const { tree, edits, changed } = reparseWithChanges(edited, { code, tree: before });
            try {
              const again = FlatTree.of(tree, edited, { flat, edits, changed });
              const whole = withTree(edited, (fresh) => FlatTree.of(fresh, edited));
              expect(arrays(again), `${file}, edits at ${edits.map((e) => `${e.startPosition.row + 1}:${e.startPosition.column + 1}`).join(', ')}`).to.deep.equal(arrays(whole));
              compared++;
              copied += again.copied;
              nodes += again.size;
            } finally {
              tree.delete();
            }
          }
        } finally {
          before.delete();
        }
      }
      expect(compared).to.be.greaterThan(500);
      // The point of it: most of a file is copied, not walked (a parse error forbids copying).
      expect(copied / nodes).to.be.greaterThan(0.5);
    });

    it('copies nothing from a tree with a parse error, and nothing into one', () => {
      const good = 'def f(x):\n    return x\n\n\ndef g():\n    pass\n';
      const bad = good.replace('return x', 'return x +');
      for (const [a, b] of [[good, bad], [bad, good]]) {
        const before = parsePython(a);
        const flat = FlatTree.of(before, a);
        const { tree, edits, changed } = reparseWithChanges(b, { code: a, tree: before });
        const again = FlatTree.of(tree, b, { flat, edits, changed });
        expect(again.copied).to.equal(0);
        expect(arrays(again)).to.deep.equal(arrays(FlatTree.of(tree, b)));
        tree.delete();
        before.delete();
      }
    });
  });
});
