import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Tree } from 'web-tree-sitter';
import { rngFor } from '../../src/generate/rng.js';
import { listPythonFiles } from '../../src/parse/list-python-files.js';
import { lineHunks } from '../../src/parse/line-hunks.js';
import { parsePython, reparsePython } from '../../src/parse/python.js';
import { projectPath } from '../../src/paths.js';

/** Every node with its type, offsets and points, as tree-sitter reports them. */
function nodes(tree: Tree): string[] {
  const out: string[] = [];
  const c = tree.walk();
  for (;;) {
    out.push(`${c.nodeType} ${c.startIndex}-${c.endIndex} ${c.startPosition.row}:${c.startPosition.column}-${c.endPosition.row}:${c.endPosition.column} f${c.currentFieldId}`);
    if (c.gotoFirstChild()) continue;
    while (!c.gotoNextSibling()) {
      if (!c.gotoParent()) {
        c.delete();
        return out;
      }
    }
  }
}

/** Edits of the kinds the lint tools make: a line added, a line dropped, text changed within a line (non-ASCII too). */
function edits(code: string, seed: number): string[] {
  const rng = rngFor(seed, 'reparse');
  const lines = code.split('\n');
  const at = Math.floor(rng() * lines.length);
  const out = [
    [...lines.slice(0, at), 'import re', ...lines.slice(at)].join('\n'),
    [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n'),
    [...lines.slice(0, at), `${lines[at]}  # é ✓ 🎉`, ...lines.slice(at + 1)].join('\n'),
    code.replace(/ == /, '=='),
    code.replace(/\n\n\n/, '\n\n'),
  ];
  const b = Math.floor(rng() * lines.length);
  out.push([...lines.slice(0, Math.min(at, b)), '    x = 1', ...lines.slice(Math.min(at, b), Math.max(at, b)), 'y=2', ...lines.slice(Math.max(at, b))].join('\n'));
  // Three changes lines apart, as a mutation's injections are: the tree is told of each apart.
  const spread = code.split('\n');
  for (const k of [Math.floor(rng() * spread.length), Math.floor(rng() * spread.length), Math.floor(rng() * spread.length)].sort((x, y) => y - x)) spread.splice(k, 0, k % 2 ? 'import os, sys' : '');
  out.push(spread.join('\n'));
  return out.filter((e) => e !== code);
}

describe('parse/python reparse', () => {
  it('gives the tree a fresh parse gives, after every kind of edit, on every shipped lint fixture', function () {
    this.timeout(120_000);
    let compared = 0;
    for (const [i, file] of listPythonFiles(projectPath('fixtures', 'lint')).entries()) {
      const code = readFileSync(file, 'utf8');
      const before = parsePython(code);
      try {
        for (const edited of edits(code, i)) {
          const fresh = parsePython(edited);
          const reused = reparsePython(edited, { code, tree: before });
          try {
            expect(nodes(reused), `${file}: ${JSON.stringify(lineHunks(code, edited))}`).to.deep.equal(nodes(fresh));
            compared++;
          } finally {
            fresh.delete();
            reused.delete();
          }
        }
        // The earlier tree is left as it was.
        const again = parsePython(code);
        expect(nodes(before)).to.deep.equal(nodes(again));
        again.delete();
      } finally {
        before.delete();
      }
    }
    expect(compared).to.be.greaterThan(100);
  });
});
