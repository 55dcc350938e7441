import { expect } from 'chai';
import { rngFor, type Rng } from '../../src/generate/rng.js';
import { pythonFloatRepr } from '../../src/pyjson/float-repr.js';
import { askPython, doubleHex } from './oracle.js';

const NAMED = [
  1.0, 0.0, -0.0, 0.1, 1e16, 1e-5, 123456789.125, 1e300, 5e-324, 2.5e-7, 1234567890123456.0,
  // the positional / exponent boundaries of repr: exponents -5/-4 and 15/16
  1e-4, 9.999999999999999e-5, 0.00011, 1e15, 9999999999999998, 1.0000000000000002e16, 1e17, 12345678901234567890,
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 2.2250738585072014e-308, Number.EPSILON,
  0.30000000000000004, -1.5, 100, 1e22, 1e21, 1.7976931348623157e308, 4.35, 0.000123, -0.0001,
];

function randomBits(rng: Rng): number {
  const view = new DataView(new ArrayBuffer(8));
  for (let i = 0; i < 8; i++) view.setUint8(i, Math.floor(rng() * 256));
  return view.getFloat64(0);
}

/** 2,000 seeded doubles: raw bit patterns (all magnitudes), decimals near the repr boundaries, prices, big ints. */
function randomDoubles(count: number): number[] {
  const rng = rngFor(7, 'test', 'float-repr');
  const out: number[] = [];
  while (out.length < count) {
    const sign = rng() < 0.5 ? -1 : 1;
    let x: number;
    switch (out.length % 4) {
      case 0:
        x = randomBits(rng);
        break;
      case 1:
        x = sign * rng() * 10 ** (Math.floor(rng() * 46) - 22); // 1e-22 .. 1e23
        break;
      case 2:
        x = sign * Math.round(rng() * 10 ** Math.floor(rng() * 9)) / 10 ** Math.floor(rng() * 6); // 12.5, 0.07, 4310.25
        break;
      default:
        x = sign * Math.floor(rng() * 10 ** (12 + Math.floor(rng() * 8))); // integer-valued 1e12 .. 1e19
    }
    if (Number.isFinite(x)) out.push(x);
  }
  return out;
}

describe('pyjson/float-repr: pythonFloatRepr equals Python repr(float)', () => {
  const values = [...NAMED, ...randomDoubles(2000)];
  let python: string[];

  before(() => {
    python = askPython({ repr: values.map(doubleHex) }).repr;
  });

  it('covers the named values and 2,000 random doubles', () => {
    expect(python).to.have.length(NAMED.length + 2000);
  });

  it('named values, including -0.0, 5e-324 and the 1e16 / 1e-4 boundaries', () => {
    const mismatches = NAMED.map((v, i) => [doubleHex(v), pythonFloatRepr(v), python[i]]).filter(([, ours, theirs]) => ours !== theirs);
    expect(mismatches, JSON.stringify(mismatches)).to.deep.equal([]);
  });

  it('2,000 seeded random doubles across magnitudes', () => {
    const mismatches: string[] = [];
    values.slice(NAMED.length).forEach((v, i) => {
      const ours = pythonFloatRepr(v);
      const theirs = python[NAMED.length + i];
      if (ours !== theirs) mismatches.push(`${doubleHex(v)}: ${ours} != ${theirs}`);
    });
    expect(mismatches.slice(0, 10), `${mismatches.length} mismatches`).to.deep.equal([]);
  });

  it('fixed expectations without Python', () => {
    expect([1, 0, -0, 1e16, 1e-5, 0.0001, 5e-324, 1234567890123456].map(pythonFloatRepr)).to.deep.equal([
      '1.0', '0.0', '-0.0', '1e+16', '1e-05', '0.0001', '5e-324', '1234567890123456.0',
    ]);
  });
});
