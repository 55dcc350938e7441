import { expect } from 'chai';
import type { Unit } from '../../src/generate/domain.js';
import { rngFor } from '../../src/generate/rng.js';
import { orderEvalUnits } from '../../src/generate/select-eval-units.js';

const unit = (id: string, categories: string[]): Unit => ({ id, fixture: `fixtures/fake/${id}.py`, categories, variants: () => [] });

// The smallest cover of {a, b, c, d} is A plus one of D/E; B, C and F never belong in it.
const UNITS = [
  unit('B', ['a']),
  unit('C', ['b']),
  unit('plain1', []),
  unit('A', ['a', 'b', 'c']),
  unit('D', ['c', 'd']),
  unit('E', ['d']),
  unit('plain2', []),
];
const ids = (us: Unit[]) => us.map((u) => u.id);

describe('generate/select-eval-units: orderEvalUnits', () => {
  for (const seed of [0, 1, 2, 3, 7, 42]) {
    it(`seed ${seed}: a minimal covering set first, then the other edge units, never ordinary ones`, () => {
      const { cover, rest } = orderEvalUnits(UNITS, rngFor(seed, 'test', 'eval-units'));
      expect(cover[0].id).to.equal('A');
      expect(cover).to.have.length(2);
      expect(['D', 'E']).to.include(cover[1].id);
      expect(new Set(cover.flatMap((u) => u.categories))).to.deep.equal(new Set(['a', 'b', 'c', 'd']));
      expect([...ids(cover), ...ids(rest)].sort()).to.deep.equal(['A', 'B', 'C', 'D', 'E']);
    });
  }

  it('is deterministic for a seed', () => {
    const run = () => orderEvalUnits(UNITS, rngFor(5, 'x'));
    expect(ids(run().cover)).to.deep.equal(ids(run().cover));
    expect(ids(run().rest)).to.deep.equal(ids(run().rest));
  });

  it('greedy by gain: a unit adding two new categories beats two units adding one each', () => {
    const { cover } = orderEvalUnits([unit('x', ['p']), unit('y', ['q']), unit('xy', ['p', 'q']), unit('z', ['r'])], rngFor(1, 'y'));
    expect(ids(cover).sort()).to.deep.equal(['xy', 'z']);
    expect(cover[0].id).to.equal('xy');
  });

  it('no edge units: an empty cover and an empty rest', () => {
    expect(orderEvalUnits([unit('p', []), unit('q', [])], rngFor(0))).to.deep.equal({ cover: [], rest: [] });
  });
});
