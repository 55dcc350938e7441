import { expect } from 'chai';
import type { LoadedDocstringRule } from '../../src/domains/docstring/rules.js';
import { findDefs } from '../../src/domains/docstring/find-defs.js';
import { siteOf, type DocSite } from '../../src/domains/docstring/site.js';
import { stripDocstring } from '../../src/domains/docstring/strip-docstring.js';
import { writeDocstring } from '../../src/domains/docstring/write-docstring.js';
import { qualifiedName } from '../../src/parse/discover-nodes.js';
import { withTree } from '../../src/parse/python.js';

function firstSite(code: string, name?: string): { site: DocSite; qualname: string } {
  return withTree(code, (tree) => {
    const defs = findDefs(tree);
    const def = name === undefined ? defs[0] : defs.find((d) => qualifiedName(d) === name);
    if (!def) throw new Error(`case has no def: ${code}`);
    return { site: siteOf(def), qualname: qualifiedName(def) };
  });
}

/**
 * Runs one rule's cases (the ESLint RuleTester habit): valid code is not flagged, invalid code
 * is flagged with the message, and every aged docstring the rule makes is flagged by it.
 */
export function runDocstringRuleCases(rule: LoadedDocstringRule): void {
  const cases = rule.cases!;
  it('has valid, invalid and stale cases, none twice', () => {
    expect(cases.valid.length, 'valid').to.be.greaterThan(0);
    expect(cases.invalid.length, 'invalid').to.be.greaterThan(0);
    expect(cases.stale.length, 'stale').to.be.greaterThan(0);
    const keys = [...cases.valid, ...cases.invalid].map((c) => `${c.style}\0${c.code}`);
    expect(new Set(keys).size).to.equal(keys.length);
  });
  cases.valid.forEach((c, i) => {
    it(`valid #${i + 1} (${c.style})`, () => expect(rule.detect(firstSite(c.code, c.name).site, c.style)).to.equal(null));
  });
  cases.invalid.forEach((c, i) => {
    it(`invalid #${i + 1} (${c.style}): ${c.message}`, () => {
      const got = rule.detect(firstSite(c.code, c.name).site, c.style);
      expect(got).to.be.a('string');
      expect(got).to.include(c.message);
    });
  });
  cases.stale.forEach((c, i) => {
    it(`stale #${i + 1} (${c.style}) gives the expected docstrings, each flagged by the rule`, () => {
      const { site, qualname } = firstSite(c.code);
      const made = rule.stale(c.model, site, c.style);
      expect(made.map((m) => m.docstring)).to.deep.equal(c.docstrings);
      for (const m of made) {
        const code = m.docstring === null ? stripDocstring(c.code, qualname) : writeDocstring(c.code, qualname, m.docstring).code;
        expect(rule.detect(firstSite(code).site, c.style), m.label).to.be.a('string');
      }
    });
  });
}
