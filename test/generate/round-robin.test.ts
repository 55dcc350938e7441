import { expect } from 'chai';
import type { Variant } from '../../src/generate/domain.js';
import { RoundRobin } from '../../src/generate/round-robin.js';

const variant = (code: string): Variant => ({
  nodeCode: code,
  build: () => {
    throw new Error('not built in this test');
  },
});
const finite = (prefix: string, n: number): Variant[] => Array.from({ length: n }, (_, i) => variant(`${prefix}${i}`));
function* endless(prefix: string): Generator<Variant> {
  for (let i = 0; ; i++) yield variant(`${prefix}${i}`);
}

/** Drains the lanes, marking every variant used, and returns lane:code pairs. */
function drain(rr: RoundRobin, limit = 100): string[] {
  const out: string[] = [];
  for (let next = rr.next(); next && out.length < limit; next = rr.next()) {
    out.push(`${next.laneId}:${next.variant.nodeCode}`);
    next.fresh(true);
  }
  return out;
}

describe('generate/round-robin', () => {
  it('takes one variant per lane per round and drops lanes as they run dry', () => {
    const rr = new RoundRobin();
    rr.add('a', finite('a', 3));
    rr.add('b', finite('b', 1));
    rr.add('c', finite('c', 2));
    expect(rr.size).to.equal(3);
    expect(drain(rr)).to.deep.equal(['a:a0', 'b:b0', 'c:c0', 'a:a1', 'c:c1', 'a:a2']);
    expect(rr.next()).to.equal(null);
    expect(rr.size).to.equal(0);
  });

  it('a lane added while running joins the rotation', () => {
    const rr = new RoundRobin();
    rr.add('a', finite('a', 3));
    const first = rr.next()!;
    first.fresh(true);
    rr.add('b', finite('b', 2));
    expect([first.variant.nodeCode, ...drain(rr)]).to.deep.equal(['a0', 'b:b0', 'a:a1', 'b:b1', 'a:a2']);
  });

  it('an empty rotation gives null', () => {
    expect(new RoundRobin().next()).to.equal(null);
    const rr = new RoundRobin();
    rr.add('empty', []);
    expect(rr.next()).to.equal(null);
  });

  it('an endless lane that only gives unused variants is dropped after 200 in a row', () => {
    const rr = new RoundRobin();
    rr.add('dup', endless('d'));
    let served = 0;
    for (let next = rr.next(); next; next = rr.next()) {
      served++;
      next.fresh(false);
      if (served > 1000) break;
    }
    expect(served).to.equal(200);
  });

  it('a used variant resets the stale count', () => {
    const rr = new RoundRobin();
    rr.add('dup', endless('d'));
    let served = 0;
    for (let next = rr.next(); next; next = rr.next()) {
      served++;
      next.fresh(served === 150); // one fresh variant in the middle of the run
      if (served > 1000) break;
    }
    expect(served).to.equal(350);
  });
});
