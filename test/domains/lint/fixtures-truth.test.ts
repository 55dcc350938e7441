import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { lintCode } from '../../../src/domains/lint/linter.js';
import { loadLintRules, ruffSelection } from '../../../src/domains/lint/rules.js';
import { initPython } from '../../../src/parse/python.js';
import { projectPath } from '../../../src/paths.js';
import { ruffCheck } from '../../support/ruff-oracle.js';

await initPython();
const rules = await loadLintRules();
const selection = ruffSelection(rules);
const dir = projectPath('fixtures/lint');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();

describe('lint rules on every shipped fixture, against real ruff', () => {
  for (const f of files) {
    it(`fixtures/lint/${f}`, () => {
      const code = readFileSync(`${dir}/${f}`, 'utf8');
      const ruff = ruffCheck(code, selection.codes, selection.preview, selection.lineLength).map(({ code: c, line, col, message }) => ({ code: c, line, col, message }));
      const mine = lintCode(code, rules).map(({ code: c, line, col, message }) => ({ code: c, line, col, message }));
      expect(mine).to.deep.equal(ruff);
    });
  }
});
