import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { FixtureError } from '../../src/errors.js';
import { discoverSources, MAX_SOURCE_LINES } from '../../src/parse/discover-sources.js';
import { initPython } from '../../src/parse/python.js';
import { tempDir } from '../support/generate-to-temp.js';

const OK = 'def f(x):\n    return x\n';

/** Python's own verdict on a source: null when it compiles, else [class, line]. */
function pythonSays(path: string): [string, number] | null {
  const out = execFileSync('python3', ['-c', 'import sys\ntry:\n compile(open(sys.argv[1], "rb").read(), sys.argv[1], "exec"); print("ok")\nexcept SyntaxError as e:\n print(type(e).__name__, e.lineno)', path], { encoding: 'utf8' }).trim();
  if (out === 'ok') return null;
  const [cls, line] = out.split(' ');
  return [cls, Number(line)];
}

function tree(files: Record<string, string | Buffer>): string {
  const root = tempDir('trajgen-discover-');
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), body);
  }
  return root;
}

function discover(root: string, strict = false) {
  const warnings: string[] = [];
  const result = discoverSources(root, { strict, warn: (w) => warnings.push(w) });
  return { ...result, warnings, paths: result.sources.map((s) => s.abs.slice(root.length + 1)) };
}

describe('parse/discover-sources', () => {
  before(initPython);

  it('walks folders recursively, leaving out hidden folders, caches, installed packages and virtualenvs', () => {
    const root = tree({
      'a.py': OK,
      'pkg/b.py': `${OK}# b\n`,
      'pkg/deep/c.py': `${OK}# c\n`,
      '.hidden/d.py': `${OK}# d\n`,
      'pkg/__pycache__/e.py': `${OK}# e\n`,
      'node_modules/x/f.py': `${OK}# f\n`,
      'venv/pyvenv.cfg': 'home = /usr/bin\n',
      'venv/lib/g.py': `${OK}# g\n`,
      'lib/site-packages/h.py': `${OK}# h\n`,
      'notes.txt': 'not python',
    });
    const r = discover(root);
    expect(r.paths).to.deep.equal(['a.py', 'pkg/b.py', 'pkg/deep/c.py']);
    expect(r.report).to.deep.equal({ found: 3, used: 3, skipped: {} });
  });

  it('follows a symbolic link once: a link back up the tree is reported, never looped', () => {
    const root = tree({ 'pkg/a.py': OK });
    symlinkSync(root, join(root, 'pkg', 'loop'));
    const r = discover(root);
    expect(r.paths).to.deep.equal(['pkg/a.py']);
    expect(r.warnings.some((w) => /pkg\/loop: a symbolic link back into a folder already read; not followed/.test(w))).to.equal(true);
  });

  it('skips, each with one warning naming it, a Latin-1 file (with its line), an empty file, a file over the limit; an empty __init__.py quietly', () => {
    const latin1 = Buffer.concat([Buffer.from('# -*- coding: latin-1 -*-\n\n'), Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x20, 0x3d, 0x20, 0x22, 0x4a, 0xfc, 0x72, 0x67, 0x65, 0x6e, 0x22, 0x0a])]);
    const root = tree({
      'good.py': OK,
      'latin.py': latin1,
      'empty.py': '\n\n',
      'pkg/__init__.py': '',
      'huge.py': 'x = 1\n'.repeat(MAX_SOURCE_LINES + 10),
    });
    const r = discover(root);
    expect(r.paths).to.deep.equal(['good.py']);
    expect(r.report.skipped).to.deep.equal({ 'not UTF-8': 1, empty: 2, 'too long': 1 });
    const w = r.warnings.join('\n');
    expect(w).to.match(/latin\.py:3: not UTF-8 .*; skipped/);
    expect(w).to.match(/empty\.py: the file is empty; skipped/);
    expect(w).to.match(new RegExp(`huge\\.py: ${MAX_SOURCE_LINES + 11} lines, over the limit of ${MAX_SOURCE_LINES}; skipped`));
    expect(w).to.not.include('__init__.py');
    expect(r.warnings).to.have.length(3);
  });

  it('a file that does not parse, or that Python refuses (too deep), names the line Python names', () => {
    const depth = (n: number) => `${Array.from({ length: n }, (_, i) => `${' '.repeat(i)}if x:\n`).join('')}${' '.repeat(n)}pass\n`;
    const root = tree({ 'good.py': OK, 'broken.py': 'def f(:\n    pass\n', 'deep.py': depth(100), 'fine.py': depth(99) });
    const r = discover(root);
    expect(r.paths).to.deep.equal(['fine.py', 'good.py']);
    const said = pythonSays(join(root, 'deep.py'));
    expect(said).to.deep.equal(['IndentationError', 101]);
    expect(pythonSays(join(root, 'fine.py'))).to.equal(null);
    expect(r.warnings.join('\n')).to.match(/deep\.py:101: Python rejects it: IndentationError: too many levels of indentation/);
    expect(r.warnings.join('\n')).to.match(/broken\.py:1: syntax error/);
    expect(r.report.skipped).to.deep.equal({ 'syntax error': 1, 'Python rejects it': 1 });
  });

  it('an exact copy of another file is skipped quietly, so its code cannot be in train and eval', () => {
    const root = tree({ 'a.py': OK, 'copy/a.py': OK });
    const r = discover(root);
    expect(r.paths).to.deep.equal(['a.py']);
    expect(r.report.skipped).to.deep.equal({ 'copy of another file': 1 });
    expect(r.warnings).to.deep.equal([]);
  });

  it('under --strict the first unusable file is an error naming it', () => {
    const root = tree({ 'a.py': OK, 'b.py': Buffer.from([0xff, 0x0a]) });
    expect(() => discover(root, true)).to.throw(FixtureError, /b\.py:1: not UTF-8/);
  });
});
