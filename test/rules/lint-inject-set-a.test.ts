import { isExact } from '../../src/domains/lint/verify-injection.js';
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { applyEdits } from '../../src/domains/lint/apply-edits.js';
import { lintCode } from '../../src/domains/lint/linter.js';
import { loadLintRules, ruffSelection } from '../../src/domains/lint/rules.js';
import { rngFor } from '../../src/generate/rng.js';
import { initPython, withTree } from '../../src/parse/python.js';
import { makeLintContext } from '../../src/domains/lint/lint-context.js';
import { projectPath } from '../../src/paths.js';
import { ruffCheck } from '../support/ruff-oracle.js';

await initPython();
const SET_A = ['E401', 'E711', 'E712', 'F401', 'F541', 'F841'];
const all = await loadLintRules();
const selection = ruffSelection(all);
const dir = projectPath('fixtures/lint');
const files = readdirSync(dir).filter((f) => f.endsWith('.py')).sort();
const PER_FILE = 3;

const ruffOf = (code: string) => ruffCheck(code, selection.codes, selection.preview, selection.lineLength);
/** Findings of other codes, without positions: an injection shifts lines but must not add or remove any. */
const others = (code: string, own: string) => ruffOf(code).filter((f) => f.code !== own).map((f) => `${f.code} ${f.message}`).sort();

describe('set A injections on the shipped fixtures: exactly one new finding of the rule, nothing else', () => {
  for (const rule of all.filter((r) => SET_A.includes(r.meta.code))) {
    it(`${rule.meta.code}: up to ${PER_FILE} sites per fixture`, () => {
      let tried = 0;
      for (const f of files) {
        const code = readFileSync(`${dir}/${f}`, 'utf8');
        const own = ruffOf(code).filter((x) => x.code === rule.meta.code).length;
        const injections = withTree(code, (t) => rule.inject!(makeLintContext(code, t), rngFor(7, f, rule.meta.code))).filter(isExact);
        for (const inj of injections.slice(0, PER_FILE)) {
          tried++;
          const out = applyEdits(code, inj.edits);
          const where = `${f} [${inj.label}]`;
          const after = ruffOf(out);
          expect(after.filter((x) => x.code === rule.meta.code).length, where).to.equal(own + 1);
          expect(others(out, rule.meta.code), where).to.deep.equal(others(code, rule.meta.code));
          const mine = lintCode(out, [rule]).map((x) => `${x.line}:${x.col} ${x.message}`);
          expect(mine, where).to.deep.equal(after.filter((x) => x.code === rule.meta.code).map((x) => `${x.line}:${x.col} ${x.message}`));
        }
      }
      expect(tried, 'no injection site in any fixture').to.be.greaterThan(0);
    });
  }
});
