import { isExact } from '../../src/domains/lint/verify-injection.js';
import { expect } from 'chai';
import { makeLintContext } from '../../src/domains/lint/lint-context.js';
import { applyEdits } from '../../src/domains/lint/apply-edits.js';
import type { LintCase } from '../../src/domains/lint/rule.js';
import type { LoadedLintRule } from '../../src/domains/lint/rules.js';
import { rngFor } from '../../src/generate/rng.js';
import { withTree } from '../../src/parse/python.js';
import { applyRuffEdits, ruffCheck } from './ruff-oracle.js';

function findingsOf(rule: LoadedLintRule, code: string) {
  return withTree(code, (tree) => rule.check(makeLintContext(code, tree)));
}

/**
 * The ESLint RuleTester habit, with real ruff as a second judge: every case's expectation is
 * first checked against ruff (this code selected, with the preview setting of the shipped
 * selection, since that is what the ruff_config context promises), then against the rule.
 */
export function runLintRuleCases(rule: LoadedLintRule, preview: boolean): void {
  const { code } = rule.meta;
  const cases = rule.cases;
  if (!cases) throw new Error(`${rule.file}: no cases file beside the rule`);

  it('has at least one valid and two invalid cases, none duplicated', () => {
    expect(cases.valid.length, 'valid cases').to.be.greaterThan(0);
    expect(cases.invalid.length, 'invalid cases').to.be.greaterThan(1);
    const all = [...cases.valid, ...cases.invalid.map((c) => c.code)];
    expect(new Set(all).size, 'duplicate case code').to.equal(all.length);
  });

  cases.valid.forEach((snippet, i) => {
    it(`valid #${i}: ruff and the rule find nothing`, () => {
      expect(ruffCheck(snippet, [code], preview).filter((f) => f.code === code), 'ruff disagrees with the case').to.deep.equal([]);
      expect(findingsOf(rule, snippet)).to.deep.equal([]);
    });
  });

  cases.invalid.forEach((c: LintCase, i) => {
    it(`invalid #${i}: ruff agrees with the case, the rule agrees with ruff`, () => {
      const ruff = ruffCheck(c.code, [code], preview).filter((f) => f.code === code);
      const expected = c.errors.map(({ line, col, message }) => ({ line, col, message }));
      expect(ruff.map((f) => ({ line: f.line, col: f.col, message: f.message })), 'the case disagrees with ruff').to.deep.equal(expected);
      const mine = findingsOf(rule, c.code);
      expect(mine.map((f) => ({ line: f.line, col: f.col, message: f.message }))).to.deep.equal(expected);
      mine.forEach((f, k) => {
        expect(f.code).to.equal(code);
        const safe = c.errors[k].fixable ?? rule.meta.fixable;
        expect(f.fixable, 'fixable is whether ruff has a safe fix').to.equal(safe && f.fix !== null);
        expect(f.fix !== null, 'the rule has a fix exactly where ruff has one').to.equal(ruff[k].fix !== null);
      });
      if (c.output !== undefined) {
        expect(ruff[0].fix, 'ruff has no fix for this case').to.not.equal(null);
        expect(applyRuffEdits(c.code, ruff[0].fix!.edits), "the case's output is not ruff's fix").to.equal(c.output);
        expect(mine[0].fix, 'the rule has no fix').to.not.equal(null);
        expect(applyEdits(c.code, mine[0].fix!.edits)).to.equal(c.output);
        expect(mine[0].fix!.title).to.equal(ruff[0].fix!.title);
      } else {
        expect(mine.every((f) => f.fix === null) && ruff.every((f) => f.fix === null), 'a fix exists: give the case an output').to.equal(true);
      }
    });
  });

  (cases.inject ?? []).forEach((c, i) => {
    it(`inject #${i}: writes the pattern, and ruff then reports ${code}`, () => {
      const injections = withTree(c.code, (tree) => rule.inject!(makeLintContext(c.code, tree), rngFor(0, 'inject', code))).filter(isExact);
      expect(injections.length).to.be.greaterThan(0);
      const out = applyEdits(c.code, injections[0].edits);
      expect(out).to.equal(c.output);
      expect(ruffCheck(out, [code], preview).some((f) => f.code === code)).to.equal(true);
    });
  });
}
