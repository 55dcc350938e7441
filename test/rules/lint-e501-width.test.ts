import { expect } from 'chai';
import { lintCode } from '../../src/domains/lint/linter.js';
import { loadLintRules } from '../../src/domains/lint/rules.js';
import { initPython } from '../../src/parse/python.js';
import { ruffCheck } from '../support/ruff-oracle.js';

// Text of many scripts and symbol kinds: wide CJK and Hangul, emoji with a skin-tone modifier,
// combining and nonspacing marks (Tamil, Devanagari, Thai), spacing marks, zero-width characters.
const SAMPLES = ['தமிழ்', 'é', 'e\u0301', '中文', '한국어', '🙂', '\u200b', 'ä', 'ｱ', 'ก่', 'हिन्दी', 'عربي', '∑', '\u00ad', '👍🏽', '\u0e31', 'ᄀ', '\u20dd', 'ﾊﾝｶｸ', '⌚', 'Ω', '\u2028x', 'x\u0300y', '\u202ex', '\u2060x', '\u200dx',
  // Printable ASCII has a fast path (one column a character); tabs and controls do not take it.
  'a', 'ab\t', 'a\x7f', 'a\x0c'];

describe('rules/lint E501: line width is display width, as ruff measures it', () => {
  it('agrees with ruff on every sample repeated to straddle the limit, message and column alike', async () => {
    await initPython();
    const rules = (await loadLintRules()).filter((r) => r.meta.code === 'E501');
    const diffs: string[] = [];
    let flagged = 0;
    for (const s of SAMPLES) {
      for (const n of [10, 20, 21, 22, 30, 43, 44, 45, 60, 87, 88, 89, 90]) {
        const code = `x = "${s.repeat(n)}"  # sample\n`;
        const mine = lintCode(code, rules).map((f) => `${f.line}:${f.col} ${f.message}`);
        const ruff = ruffCheck(code, ['E501'], false).map((f) => `${f.line}:${f.col} ${f.message}`);
        flagged += ruff.length;
        if (mine.join() !== ruff.join()) diffs.push(`${JSON.stringify(s)} x${n}: ${mine.join() || 'none'} vs ruff ${ruff.join() || 'none'}`);
      }
    }
    expect(diffs).to.deep.equal([]);
    expect(flagged).to.be.greaterThan(100);
  });

  it('x = "தமிழ்"*20 spelled out is not too long (a nonspacing mark takes no column)', async () => {
    const rules = (await loadLintRules()).filter((r) => r.meta.code === 'E501');
    expect(lintCode(`x = "${'தமிழ்'.repeat(20)}"\n`, rules)).to.deep.equal([]);
  });
});
