import { expect } from 'chai';
import { CapacityError } from '../../src/errors.js';
import { DiskBudget } from '../../src/generate/disk-budget.js';

describe('generate/disk-budget', () => {
  it('stops a run that cannot fit, at the 200th example, with a --count that fits', () => {
    // 10 kB per example, 10 million examples: about 100 GB against 1 GB free.
    const budget = new DiskBudget('/tmp', 10_000_000, () => 1e9);
    expect(() => budget.check(199, 199 * 10_000)).to.not.throw();
    let error: unknown;
    try {
      budget.check(200, 200 * 10_000);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(CapacityError);
    expect((error as CapacityError).message).to.equal('--count 10000000 would write about 100.0 GB (10000 bytes per example so far), and /tmp has 1.0 GB free');
    expect((error as CapacityError).suggestions[0]).to.equal('Use --count 91109 or less, or write to a disk with more room (--out).');
  });

  it('lets a run that fits go on, and looks again every 5,000 examples', () => {
    let calls = 0;
    const budget = new DiskBudget('/tmp', 20_000, () => {
      calls++;
      return 1e9;
    });
    for (let n = 1; n <= 20_000; n++) budget.check(n, n * 1000);
    expect(calls).to.equal(5);
  });
});
