import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Tree } from 'web-tree-sitter';
import { listPythonFiles } from '../../src/parse/list-python-files.js';
import { initPython, withTree } from '../../src/parse/python.js';
import { WasmCursor } from '../../src/parse/wasm-cursor.js';
import { projectPath } from '../../src/paths.js';

interface Step {
  type: number;
  field: number;
  missing: boolean;
  range: [number, number];
}

/** What both cursors can do to move. */
interface Moves {
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  delete(): void;
}

/** A document-order walk with `cursor`, each node as `read` says it; the cursor is freed after. */
function walk<C extends Moves>(cursor: C, read: (c: C) => Step): Step[] {
  const out: Step[] = [];
  for (;;) {
    out.push(read(cursor));
    if (cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) {
        cursor.delete();
        return out;
      }
    }
  }
}

/** The walk as a web-tree-sitter TreeCursor reads it. */
const treeCursorWalk = (tree: Tree): Step[] => walk(tree.walk(), (c) => ({ type: c.nodeTypeId, field: c.currentFieldId, missing: c.nodeIsMissing, range: [c.startIndex, c.endIndex] }));

/** The same walk through WasmCursor. */
const wasmCursorWalk = (tree: Tree): Step[] => walk(WasmCursor.walk(tree), (c) => ({ type: c.typeId, field: c.fieldId, missing: c.isMissing, range: [c.startIndex, c.endIndex] }));

describe('WasmCursor', () => {
  before(() => initPython());

  it('reads every node of every lint fixture as a TreeCursor does', function () {
    this.timeout(120_000);
    const files = listPythonFiles(projectPath('fixtures', 'lint'));
    expect(files.length).to.be.greaterThan(20);
    let nodes = 0;
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      withTree(code, (tree) => {
        const want = treeCursorWalk(tree);
        expect(wasmCursorWalk(tree), file).to.deep.equal(want);
        nodes += want.length;
      });
    }
    expect(nodes).to.be.greaterThan(10_000);
  });

  it('reads MISSING and ERROR nodes of broken code, and non-ASCII offsets in UTF-16 units', () => {
    const code = 'def f(x:\n    return "é😀" + (x\nclass\n';
    withTree(code, (tree) => {
      const steps = wasmCursorWalk(tree);
      expect(tree.rootNode.hasError).to.equal(true);
      expect(steps).to.deep.equal(treeCursorWalk(tree));
      expect(steps.some((s) => s.missing) || steps.some((s) => s.type === 0xffff)).to.equal(true);
      expect(Math.max(...steps.map((s) => s.range[1]))).to.equal(code.length);
    });
  });

  it('hands back a TreeCursor on the node it reached, after a walk deep enough to move the cursor stack', () => {
    // The cursor's stack grows (and moves) on the way down: the TreeCursor must name where it went.
    const depth = 400;
    const code = `x = ${'('.repeat(depth)}1${')'.repeat(depth)}\n`;
    withTree(code, (tree) => {
      const c = WasmCursor.walk(tree);
      let steps = 0;
      // Down the middle child of each parenthesised expression, to the innermost `1`.
      while (c.gotoFirstChild()) {
        steps++;
        while (c.startIndex < code.indexOf('1') - 1 && c.endIndex <= code.indexOf('1')) c.gotoNextSibling();
        while (c.endIndex < code.indexOf('1') + 1) c.gotoNextSibling();
      }
      expect(steps).to.be.greaterThan(depth);
      const innermost = [c.startIndex, c.endIndex];
      const back = c.toTreeCursor();
      try {
        expect([back.startIndex, back.endIndex, back.nodeType]).to.deep.equal([...innermost, 'integer']);
        expect(back.currentDepth).to.equal(steps);
        let up = 0;
        while (back.gotoParent()) up++;
        expect(up).to.equal(steps);
        expect(back.nodeType).to.equal('module');
      } finally {
        back.delete();
      }
      // And a whole walk, many times over, reads the same each time.
      const want = treeCursorWalk(tree);
      for (let i = 0; i < 50; i++) expect(wasmCursorWalk(tree).length).to.equal(want.length);
      expect(wasmCursorWalk(tree)).to.deep.equal(want);
    });
  });
});
