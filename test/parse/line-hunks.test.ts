import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { Edit } from 'web-tree-sitter';
import { rngFor } from '../../src/generate/rng.js';
import { lineHunks } from '../../src/parse/line-hunks.js';
import { listPythonFiles } from '../../src/parse/list-python-files.js';
import { projectPath } from '../../src/paths.js';

/** Makes the edits one after another, last first, each from the text `after` gives at its place. */
function replay(before: string, after: string, edits: Edit[]): string {
  let text = before;
  // Edits come last first: all text before an edit is still `before`'s; in `after`, its new
  // text sits further on by what the edits before it (later in the list) add.
  let prevStart = Infinity;
  for (const [k, e] of edits.entries()) {
    const shift = edits.slice(k + 1).reduce((n, x) => n + x.newEndIndex - x.oldEndIndex, 0);
    expect(e.startIndex).to.be.at.most(e.oldEndIndex);
    expect(e.oldEndIndex, 'edits are apart and last first').to.be.lessThan(prevStart + 1);
    prevStart = e.startIndex;
    const lines = text.slice(0, e.startIndex).split('\n');
    expect(e.startPosition).to.deep.equal({ row: lines.length - 1, column: lines[lines.length - 1].length });
    const oldLines = text.slice(0, e.oldEndIndex).split('\n');
    expect(e.oldEndPosition).to.deep.equal({ row: oldLines.length - 1, column: oldLines[oldLines.length - 1].length });
    const inserted = after.slice(e.startIndex + shift, e.newEndIndex + shift);
    text = text.slice(0, e.startIndex) + inserted + text.slice(e.oldEndIndex);
    const newLines = text.slice(0, e.newEndIndex).split('\n');
    expect(e.newEndPosition).to.deep.equal({ row: newLines.length - 1, column: newLines[newLines.length - 1].length });
  }
  return text;
}

describe('parse/line-hunks', () => {
  it('gives one edit per changed run of lines, last first', () => {
    const before = 'a = 1\nb = 2\nc = 3\nd = 4\ne = 5\n';
    const after = 'a = 1\nb == 2\nc = 3\nd = 4\nimport re\ne = 5\n';
    const edits = lineHunks(before, after);
    expect(edits.map((e) => [e.startIndex, e.oldEndIndex, e.newEndIndex])).to.deep.equal([
      [24, 24, 34],
      [6, 12, 13],
    ]);
    expect(replay(before, after, edits)).to.equal(after);
  });

  it('gives no edit for the same text, and one for a change within a line', () => {
    expect(lineHunks('x = 1\n', 'x = 1\n')).to.deep.equal([]);
    expect(lineHunks('x = 1', 'x = 12')).to.have.length(1);
    expect(replay('x = 1', 'x = 12', lineHunks('x = 1', 'x = 12'))).to.equal('x = 12');
    // A repeated character is not counted twice (the common end never overlaps the common start).
    expect(replay('aa', 'aaa', lineHunks('aa', 'aaa'))).to.equal('aaa');
    expect(replay('x\ny\nz\n', 'x\nz\n', lineHunks('x\ny\nz\n', 'x\nz\n'))).to.equal('x\nz\n');
  });

  it('turns each shipped fixture into seeded edits of it (lines added, dropped, changed, non-ASCII, no final newline)', () => {
    let checked = 0;
    for (const [i, file] of listPythonFiles(projectPath('fixtures', 'lint')).entries()) {
      const code = readFileSync(file, 'utf8');
      const rng = rngFor(i, 'line-hunks');
      for (let round = 0; round < 8; round++) {
        const lines = code.split('\n');
        for (let k = 0; k < 1 + Math.floor(rng() * 4); k++) {
          const at = Math.floor(rng() * lines.length);
          const kind = Math.floor(rng() * 4);
          if (kind === 0) lines.splice(at, 0, 'import re');
          else if (kind === 1) lines.splice(at, 1);
          else if (kind === 2) lines[at] = `${lines[at]}  # é ✓ 🎉`;
          else lines[at] = lines[at].replace(/ = /, '=');
        }
        const after = round === 7 ? lines.join('\n').replace(/\n+$/, '') : lines.join('\n');
        const edits = lineHunks(code, after);
        expect(replay(code, after, edits), `${file} round ${round}`).to.equal(after);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(200);
  });
});
