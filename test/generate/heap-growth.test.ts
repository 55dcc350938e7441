import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { HEAP_GROWING_PERCENT, heapGrowthFlag } from '../../src/generate/heap-growth.js';

describe('generate/heap-growth', () => {
  it('sets the growth when the operator did not', () => {
    expect(heapGrowthFlag([])).to.equal(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    expect(heapGrowthFlag(['--enable-source-maps', '--max-old-space-size=4096'])).to.equal(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  });

  it("leaves the operator's own choice, in either spelling V8 takes", () => {
    for (const argv of [['--heap-growing-percent=80'], ['--heap_growing_percent=80'], ['--heap-growing-percent', '80'], ['--trace-gc', '--heap_growing_percent', '80']]) {
      expect(heapGrowthFlag(argv), argv.join(' ')).to.equal(null);
    }
  });

  // setFlagsFromString ignores a flag V8 does not know, so a Node whose V8 dropped or renamed
  // it would quietly lose the bound; this says so instead.
  it('names a flag this Node still has', () => {
    const r = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(r.status).to.equal(0);
    expect(r.stdout).to.match(/^\s*--heap-growing-percent \(/m);
  });
});
