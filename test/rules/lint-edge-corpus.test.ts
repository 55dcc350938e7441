import { expect } from 'chai';
import { applyEdits } from '../../src/domains/lint/apply-edits.js';
import { lintCode } from '../../src/domains/lint/linter.js';
import { loadLintRules } from '../../src/domains/lint/rules.js';
import { initPython } from '../../src/parse/python.js';
import { applyRuffEdits, ruffCheck } from '../support/ruff-oracle.js';
import { setASnippets } from './lint-edge-corpus.js';

await initPython();
const CODES = ['E401', 'E711', 'E712', 'F401', 'F541', 'F841'];
const rules = (await loadLintRules()).filter((r) => CODES.includes(r.meta.code));

/** One line per finding: position, message, and the whole file as the fix leaves it. */
function describeRuff(code: string): string[] {
  return ruffCheck(code, CODES, true).map((f) => `${f.code} ${f.line}:${f.col} ${f.message} => ${f.fix ? `${f.fix.title}: ${applyRuffEdits(code, f.fix.edits)}` : 'no fix'}`);
}

function describeMine(code: string): string[] {
  return lintCode(code, rules).map((f) => `${f.code} ${f.line}:${f.col} ${f.message} => ${f.fix ? `${f.fix.title}: ${applyEdits(code, f.fix.edits)}` : 'no fix'}`);
}

describe('rules/lint set A on an edge-case corpus, against real ruff', () => {
  it('covers all six codes', () => {
    const reported = new Set(setASnippets.flatMap((s) => ruffCheck(s, CODES, true).map((f) => f.code)));
    expect([...reported].sort()).to.deep.equal(CODES);
  });

  setASnippets.forEach((snippet, i) => {
    it(`#${i}: ${JSON.stringify(snippet.slice(0, 50))}`, () => {
      expect(describeMine(snippet)).to.deep.equal(describeRuff(snippet));
    });
  });
});
