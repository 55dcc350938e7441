import { expect } from 'chai';
import { approxTokens } from '../../src/stats/approx-tokens.js';
import { distribution } from '../../src/stats/distribution.js';
import { minhash, similarity } from '../../src/stats/minhash.js';
import { NearDuplicateIndex } from '../../src/stats/near-duplicates.js';

const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 100003}`).join(' ');

describe('stats: near-duplicates, token estimate, distribution', () => {
  it('MinHash similarity: identical 1, one word changed in 400 above 0.9, unrelated texts near 0', () => {
    const a = words(400, 1);
    const b = a.replace('w7919', 'changed');
    expect(similarity(minhash(a), minhash(a))).to.equal(1);
    expect(similarity(minhash(a), minhash(b))).to.be.greaterThan(0.9);
    expect(similarity(minhash(a), minhash(words(400, 2)))).to.be.lessThan(0.1);
  });

  it('the index finds an earlier near-duplicate and not an unrelated text', () => {
    const index = new NearDuplicateIndex();
    const a = words(300, 3);
    index.add(minhash(a));
    expect(index.has(minhash(`${a} extra`))).to.equal(true);
    expect(index.has(minhash(words(300, 4)))).to.equal(false);
  });

  it('approximate tokens: a control token is one, other text one per four characters', () => {
    expect(approxTokens('<start_of_turn>user\nabcd<end_of_turn>\n')).to.equal(2 + Math.ceil('user\nabcd\n'.length / 4));
    expect(approxTokens('')).to.equal(0);
  });

  it('nearest-rank percentiles', () => {
    const d = distribution(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(d).to.deep.equal({ min: 1, p50: 50, p90: 90, p99: 99, max: 100, mean: 50.5 });
  });
});
