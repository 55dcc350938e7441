import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { LINT_MAX_LINES, lineCount } from '../../../src/domains/lint/pieces.js';
import { initPython } from '../../../src/parse/python.js';
import { projectPath } from '../../../src/paths.js';
import { generateToTemp, shownCode, tempDir } from '../../support/generate-to-temp.js';
import { replayLint } from '../../support/lint-replay.js';

describe(`lint: files over ${LINT_MAX_LINES} lines are shown in pieces`, function () {
  this.timeout(300_000);
  before(initPython);

  it('every example shows a piece that fits, every result is real ruff on it, and a file that cannot be cut is counted', async () => {
    const dir = tempDir('trajgen-long-');
    for (const f of ['pystdlib/graphlib.py', 'werkzeug/urls.py', 'pystdlib/genericpath.py', 'pystdlib/colorsys.py', 'pystdlib/copy.py']) copyFileSync(projectPath('fixtures', 'real', f), join(dir, f.split('/')[1]));
    // Under the limit: shown whole, as before.
    copyFileSync(projectPath('fixtures', 'lint', 'bank_account.py'), join(dir, 'bank_account.py'));
    writeFileSync(join(dir, '__init__.py'), '');
    const run = await generateToTemp('lint', { count: 24, split: 0.8, seed: 3, fixturesDir: dir });
    try {
      const all = [...run.train, ...run.eval];
      for (const ex of all) {
        expect(lineCount(shownCode(ex)), ex.meta.fixture).to.be.at.most(LINT_MAX_LINES);
        replayLint(ex);
      }
      const fixtures = new Set(all.map((e) => e.meta.fixture.split('/').pop()));
      expect(fixtures).to.include.members(['graphlib.py', 'urls.py']);
      // A piece is a cut of its file, tagged as one.
      for (const ex of all.filter((e) => !e.meta.fixture.endsWith('bank_account.py'))) expect(ex.meta.tags).to.satisfy((t: string[]) => t.includes('sub_file') || t.includes('fixed'));
      // copy.py's module code reaches almost all of it: no piece fits.
      expect(run.summary.units.skipped[`a file over ${LINT_MAX_LINES} lines even without the functions and classes nothing refers to`]).to.equal(1);
    } finally {
      run.cleanup();
    }
  });
});
