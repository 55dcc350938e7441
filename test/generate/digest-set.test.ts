import { expect } from 'chai';
import { DigestSet } from '../../src/generate/digest-set.js';
import { rngFor } from '../../src/generate/rng.js';

describe('generate/digest-set', () => {
  it('answers as a Set of the texts would, through many growths', () => {
    const rng = rngFor(0, 'digest-set');
    const set = new DigestSet();
    const truth = new Set<string>();
    // Short texts from a small alphabet repeat often; the count passes 1024 slots several times.
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(rng() * 4) }, () => 'abcdefgh'[Math.floor(rng() * 8)]).join('') + (rng() < 0.5 ? String(Math.floor(rng() * 3000)) : '');
      expect(set.has(text), text).to.equal(truth.has(text));
      expect(set.add(text), text).to.equal(!truth.has(text));
      truth.add(text);
      expect(set.has(text)).to.equal(true);
    }
    expect(set.size).to.equal(truth.size);
    expect(truth.size).to.be.greaterThan(5000);
  });

  it('tells apart texts that differ in one character, line ending or non-ASCII letter', () => {
    const set = new DigestSet();
    for (const t of ['', 'a', 'a\n', 'a\r\n', 'é', 'e\u0301', 'x = 1\n', 'x = 1 \n']) expect(set.add(t), JSON.stringify(t)).to.equal(true);
    for (const t of ['', 'a', 'é']) expect(set.add(t)).to.equal(false);
    expect(set.size).to.equal(8);
  });
});
