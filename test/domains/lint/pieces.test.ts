import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { FindingsCache } from '../../../src/domains/lint/findings-cache.js';
import { lintCode } from '../../../src/domains/lint/linter.js';
import { LINT_MAX_LINES, lineCount, piecesOf } from '../../../src/domains/lint/pieces.js';
import { loadLintRules, ruffSelection } from '../../../src/domains/lint/rules.js';
import { listPythonFiles } from '../../../src/parse/list-python-files.js';
import { initPython, withTree } from '../../../src/parse/python.js';
import { projectPath } from '../../../src/paths.js';
import { ruffCheck } from '../../support/ruff-oracle.js';

await initPython();
const rules = await loadLintRules();
const selection = ruffSelection(rules);
const cache = () => new FindingsCache(rules);

/** A function of `n` lines (with its two blank lines before it) that calls `calls`. */
function fn(name: string, n: number, calls: string[] = [], uses = 'x'): string {
  const body = [`    """${name} does one thing."""`, ...calls.map((c) => `    ${c}()`), `    return ${uses}`];
  while (body.length < n - 1) body.splice(1, 0, `    y_${body.length} = ${body.length}`);
  return `\n\ndef ${name}(x):\n${body.join('\n')}\n`;
}

const names = (code: string) => withTree(code, (t) => t.rootNode.descendantsOfType('function_definition').map((d) => d!.childForFieldName('name')!.text));
const parses = (code: string) => withTree(code, (t) => !t.rootNode.hasError);

describe('domains/lint/pieces', () => {
  const header = 'import json\nimport os\n\n__all__ = [\n    "alpha",\n    "beta",\n    "gamma", "delta",\n]\n';
  // alpha needs helper; beta alone uses os; main code calls gamma; the rest stand alone.
  const synthetic =
    header +
    fn('helper', 10) +
    fn('alpha', 12, ['helper']) +
    fn('beta', 12, [], 'os.sep') +
    fn('gamma', 8) +
    fn('delta', 12) +
    fn('epsilon', 12) +
    fn('zeta', 12) +
    '\n\nRESULT = gamma(json.dumps(1))\n';

  it('cuts a long file into pieces that fit, parse, and together show every definition', () => {
    expect(lineCount(synthetic)).to.be.greaterThan(60);
    const r = piecesOf(synthetic, 60, cache(), false);
    expect(r.pieces.length).to.be.greaterThan(1);
    expect('left' in r && r.left).to.equal(0);
    for (const p of r.pieces) {
      expect(lineCount(p), p).to.be.at.most(60);
      expect(parses(p), p).to.equal(true);
      // What module code names stays in every piece, and what a kept function calls comes with it.
      expect(names(p)).to.include('gamma');
      if (names(p).includes('alpha')) expect(names(p)).to.include('helper');
    }
    expect(new Set(r.pieces.flatMap(names))).to.deep.equal(new Set(names(synthetic)));
    expect(piecesOf(synthetic, 60, cache(), false)).to.deep.equal(r);
  });

  it('drops the imports and __all__ entries only the cut definitions used', () => {
    const r = piecesOf(synthetic, 60, cache(), false);
    for (const p of r.pieces) {
      const kept = names(p);
      expect(/^import os$/m.test(p), p).to.equal(kept.includes('beta'));
      expect(/^import json$/m.test(p)).to.equal(true);
      for (const n of ['alpha', 'beta', 'gamma', 'delta']) expect(p.includes(`"${n}"`), `${n} in __all__ of\n${p}`).to.equal(kept.includes(n));
      expect(lintCode(p, rules).filter((f) => f.code === 'F401')).to.deep.equal([]);
    }
  });

  it('keeps an import its file already left unused (that issue is the file\'s own)', () => {
    const code = 'import sys\n' + synthetic;
    for (const p of piecesOf(code, 61, cache(), false).pieces) expect(p.startsWith('import sys\n'), p).to.equal(true);
  });

  it('keeps a member of a class that must stay, so the class still has a body', () => {
    const cls = '\n\nclass Box:\n' + [1, 2, 3].map((i) => `    def m${i}(self):\n` + '        a = 1\n'.repeat(12) + '        return a\n').join('\n') + '\n\nBOX = Box()\n';
    // Box must stay (module code makes one) and has nothing of its own: m1 stays with it.
    const r = piecesOf(cls, 40, cache(), false);
    expect(r.pieces.map(names)).to.deep.equal([
      ['m1', 'm2'],
      ['m1', 'm3'],
    ]);
    r.pieces.forEach((p) => expect(parses(p), p).to.equal(true));
  });

  it('gives no piece when what must stay is already too long, and says how long it is', () => {
    const code = fn('a', 40) + fn('b', 40, ['a']) + '\n\nb(1)\n';
    expect(piecesOf(code, 60, cache(), false)).to.deep.equal({ pieces: [], core: lineCount(code) });
  });

  describe(`every file of fixtures/real over ${LINT_MAX_LINES} lines, against real ruff`, function () {
    this.timeout(120_000);
    const counts = (code: string) => {
      const m = new Map<string, number>();
      for (const f of ruffCheck(code, selection.codes, selection.preview, selection.lineLength)) m.set(`${f.code} ${f.message}`, (m.get(`${f.code} ${f.message}`) ?? 0) + 1);
      return m;
    };
    const imports = (code: string) =>
      withTree(code, (t) => {
        const rows = new Set<number>();
        for (const n of t.rootNode.namedChildren) {
          const imports = n?.descendantsOfType(['import_statement', 'import_from_statement']).length;
          if (!n || !(imports || n.text.startsWith('__all__'))) continue;
          for (let r = n.startPosition.row; r <= n.endPosition.row; r++) rows.add(r);
        }
        return rows;
      });
    const long = listPythonFiles(projectPath('fixtures', 'real'))
      .map((f) => ({ f, code: readFileSync(f, 'utf8') }))
      .filter(({ code }) => lineCount(code) > LINT_MAX_LINES);

    it('has long files to cut, and cuts most of them', () => {
      const cut = long.filter(({ f, code }) => piecesOf(code, LINT_MAX_LINES, cache(), f.endsWith('__init__.py')).pieces.length > 0);
      expect(long.length).to.be.greaterThan(20);
      expect(cut.length / long.length).to.be.greaterThan(0.5);
    });

    for (const { f, code } of long) {
      it(f.slice(projectPath('fixtures', 'real').length + 1), () => {
        const original = counts(code);
        const lines = code.split('\n');
        for (const p of piecesOf(code, LINT_MAX_LINES, cache(), f.endsWith('__init__.py')).pieces) {
          expect(lineCount(p)).to.be.at.most(LINT_MAX_LINES);
          const ruff = ruffCheck(p, selection.codes, selection.preview, selection.lineLength);
          expect(ruff.filter((x) => x.code === '(syntax error)')).to.deep.equal([]);
          expect(lintCode(p, rules).map(({ code: c, line, col, message }) => ({ code: c, line, col, message }))).to.deep.equal(ruff.map(({ code: c, line, col, message }) => ({ code: c, line, col, message })));
          // No issue the file did not have.
          for (const [k, n] of counts(p)) expect(n, `${k} in a piece of ${f}`).to.be.at.most(original.get(k) ?? 0);
          // Its lines are the file's, in order, but for the imports and __all__ it edits.
          const edited = imports(p);
          let at = 0;
          p.split('\n').forEach((line, row) => {
            // ruff's F401 fix leaves `pass` in a block it empties.
            if (edited.has(row) || line.trim() === 'pass') return;
            while (at < lines.length && lines[at] !== line) at++;
            expect(at, `line ${row + 1} of a piece of ${f}: ${line}`).to.be.below(lines.length);
            at++;
          });
        }
      });
    }
  });
});
