import { expect } from 'chai';
import type { Unit, Variant } from '../../src/generate/domain.js';
import { rngFor } from '../../src/generate/rng.js';
import type { Shape } from '../../src/shapes/schema.js';
import { MixStream } from '../../src/shapes/mix-stream.js';

const shape = (name: string, weight: number, total: number): Shape => ({ name, description: '', weight, share: weight / total, when: [], steps: [], summaries: [], hasMistake: false, tools: [] });

/** A unit with `n` variants of each shape it plays (null entries are misses). */
function unit(id: string, plays: Record<string, (string | null)[]>): Unit {
  return {
    id,
    file: `${id}.py`,
    categories: [],
    *variants(s: Shape): Iterable<Variant | null> {
      for (const v of plays[s.name] ?? []) yield v === null ? null : { nodeCode: v, build: () => null };
    },
  };
}

function drain(stream: MixStream, max = 10_000): { shape: string; unit: string; code: string }[] {
  const out: { shape: string; unit: string; code: string }[] = [];
  for (let i = 0; i < max; i++) {
    const p = stream.next();
    if (!p) break;
    p.report(true);
    out.push({ shape: p.shape.name, unit: p.unit.id, code: p.variant.nodeCode });
  }
  return out;
}

const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('shapes/mix-stream', () => {
  it('each prefix of the stream is within one example of the declared shares', () => {
    const shapes = [shape('a', 5, 10), shape('b', 3, 10), shape('c', 2, 10)];
    const units = [unit('u1', { a: many('a', 100), b: many('b', 100), c: many('c', 100) }), unit('u2', { a: many('A', 100), b: many('B', 100), c: many('C', 100) })];
    const out = drain(new MixStream(shapes, units, () => rngFor(0)), 200);
    for (let n = 1; n <= out.length; n++) {
      for (const s of shapes) {
        const got = out.slice(0, n).filter((o) => o.shape === s.name).length;
        expect(Math.abs(got - s.share * n), `${s.name} after ${n}`).to.be.below(1.0001);
      }
    }
  });

  it('takes turns between the units that can play a shape', () => {
    const shapes = [shape('a', 1, 1)];
    const out = drain(new MixStream(shapes, [unit('u1', { a: many('x', 3) }), unit('u2', { a: many('y', 3) })], () => rngFor(0)));
    expect(out.map((o) => o.unit)).to.deep.equal(['u1', 'u2', 'u1', 'u2', 'u1', 'u2']);
  });

  it('a shape no unit can play leaves the mix at once; the others share its weight', () => {
    const shapes = [shape('a', 1, 3), shape('never', 2, 3)];
    const dry: string[] = [];
    const stream = new MixStream(shapes, [unit('u1', { a: many('x', 5) })], () => rngFor(0), (s, n) => dry.push(`${s.name}:${n}`));
    expect(drain(stream).map((o) => o.shape)).to.deep.equal(['a', 'a', 'a', 'a', 'a']);
    expect(dry).to.deep.equal(['never:0', 'a:5']);
    expect(stream.shapesInPlay().map((s) => [s.name, s.share])).to.deep.equal([['a', 1]]);
  });

  it('a lane that keeps missing is dry after 40 misses in a row; a hit resets the count', () => {
    const shapes = [shape('a', 1, 1)];
    const stubborn = [...Array(39).fill(null), 'hit', ...Array(40).fill(null), 'never reached'];
    const out = drain(new MixStream(shapes, [unit('u1', { a: stubborn })], () => rngFor(0)));
    expect(out.map((o) => o.code)).to.deep.equal(['hit']);
  });

  it('a variant reported unused (a duplicate) counts as a miss of its lane', () => {
    const stream = new MixStream([shape('a', 1, 1)], [unit('u1', { a: many('x', 100) })], () => rngFor(0));
    let pulled = 0;
    for (;;) {
      const p = stream.next();
      if (!p) break;
      pulled++;
      p.report(false);
    }
    expect(pulled).to.equal(40);
  });
});
