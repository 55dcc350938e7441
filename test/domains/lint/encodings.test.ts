import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { lintCode } from '../../../src/domains/lint/linter.js';
import { loadLintRules, ruffSelection } from '../../../src/domains/lint/rules.js';
import { toReport } from '../../../src/domains/lint/tools.js';
import { initPython } from '../../../src/parse/python.js';
import { projectPath } from '../../../src/paths.js';
import { generateToTemp, shownCode, tempDir, toolCalls } from '../../support/generate-to-temp.js';
import { replayLint } from '../../support/lint-replay.js';
import { ruffCheck } from '../../support/ruff-oracle.js';

const SOURCE = readFileSync(projectPath('fixtures/lint/bank_account.py'), 'utf8');

describe('lint: line endings and byte order marks as ruff reads them', function () {
  this.timeout(300_000);
  before(initPython);

  it('a CRLF file: every result equals ruff on the CRLF text, and no edit leaves a bare CR or a lone LF', async () => {
    const dir = tempDir('trajgen-crlf-');
    writeFileSync(join(dir, 'bank_account.py'), SOURCE.replace(/\n/g, '\r\n'));
    const run = await generateToTemp('lint', { count: 30, split: 1, seed: 2, fixturesDir: dir });
    try {
      for (const ex of run.train) {
        const code = shownCode(ex);
        expect(code.includes('\r\n')).to.equal(true);
        expect(/\r(?!\n)|(?<!\r)\n/.test(code), 'a bare CR or LF in the prompt').to.equal(false);
        for (const c of toolCalls(ex)) {
          if (c.name !== 'read_file') continue;
          const content = (c.result as { content: string }).content;
          expect(/\r(?!\n)|(?<!\r)\n/.test(content), 'a bare CR or LF in read_file').to.equal(false);
        }
        replayLint(ex);
      }
      expect(new Set(run.train.map((e) => e.meta.shape)).size).to.be.greaterThan(3);
    } finally {
      run.cleanup();
    }
  });

  it('a file with a UTF-8 BOM: the prompt shows no U+FEFF, and the columns are ruff\'s (F401 on line 1 at column 8)', async () => {
    const rules = await loadLintRules();
    const sel = ruffSelection(rules);
    const dir = tempDir('trajgen-bom-');
    const text = '\ufeffimport os\n\n\ndef f():\n    return 1\n';
    writeFileSync(join(dir, 'bom.py'), text);
    // ruff reads a file without its BOM (the wasm build takes text, so it is given what ruff reads).
    const ruff = ruffCheck(text.slice(1), sel.codes, sel.preview, sel.lineLength).map((f) => [f.code, f.line, f.col]);
    expect(ruff).to.deep.equal([['F401', 1, 8]]);
    const run = await generateToTemp('lint', { count: 3, split: 1, seed: 1, fixturesDir: dir });
    try {
      for (const ex of run.train) {
        expect(shownCode(ex).includes('\ufeff')).to.equal(false);
        replayLint(ex);
      }
      expect(toReport(lintCode(text.slice(1), rules)).issues.map((i) => [i.code, i.line, i.col])).to.deep.equal(ruff);
    } finally {
      run.cleanup();
    }
  });

  it('a file that mixes CRLF and LF (or has a lone CR) is skipped with a warning naming it', async () => {
    const dir = tempDir('trajgen-mixed-');
    writeFileSync(join(dir, 'good.py'), SOURCE);
    writeFileSync(join(dir, 'mixed.py'), 'x = 1\r\ny = 2\n');
    const run = await generateToTemp('lint', { count: 3, split: 1, seed: 1, fixturesDir: dir });
    try {
      expect(run.summary.warnings.some((w) => /mixed\.py: mixes line endings/.test(w))).to.equal(true);
      expect(run.train.every((e) => e.meta.fixture.endsWith('good.py'))).to.equal(true);
    } finally {
      run.cleanup();
    }
  });
});
