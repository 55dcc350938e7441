import { expect } from 'chai';
import { generateToTemp } from '../../support/generate-to-temp.js';

describe('sample-data determinism', function () {
  it('writes byte-identical files for the same seed and different values for another', async () => {
    const a = await generateToTemp('sample-data', { count: 120, split: 0.9, seed: 7 });
    const b = await generateToTemp('sample-data', { count: 120, split: 0.9, seed: 7 });
    const c = await generateToTemp('sample-data', { count: 120, split: 0.9, seed: 8 });
    try {
      expect(b.trainText).to.equal(a.trainText);
      expect(b.evalText).to.equal(a.evalText);
      expect(c.trainText).to.not.equal(a.trainText);
      expect(b.summary.per_rule).to.deep.equal(a.summary.per_rule);
    } finally {
      a.cleanup();
      b.cleanup();
      c.cleanup();
    }
  });
});
