import { expect } from 'chai';
import type { Unit } from '../../src/generate/domain.js';
import { rngFor } from '../../src/generate/rng.js';
import { MIN_EVAL_UNITS, orderEvalFiles } from '../../src/generate/select-eval-files.js';

const unit = (file: string, id: string, categories: string[]): Unit => ({ id: `${file}::${id}`, file, categories, variants: () => [] });

// Files and the categories of their units: `solo` exists in one file only.
const UNITS = [
  unit('a.py', 'f', ['decorated', 'async']), unit('a.py', 'g', []),
  unit('b.py', 'f', ['decorated']), unit('b.py', 'g', ['generator']),
  unit('c.py', 'f', ['async']), unit('c.py', 'g', ['generator']), unit('c.py', 'h', ['method']),
  unit('d.py', 'f', ['method']), unit('d.py', 'g', ['solo']),
  unit('e.py', 'f', ['decorated']), unit('e.py', 'g', ['async']),
  unit('f.py', 'f', ['method']), unit('f.py', 'g', ['generator']),
  unit('g.py', 'f', []), unit('g.py', 'g', []),
  unit('h.py', 'f', ['decorated']), unit('h.py', 'g', ['async']),
  unit('i.py', 'f', ['generator']), unit('i.py', 'g', ['method']),
];

describe('generate/select-eval-files: orderEvalFiles', () => {
  for (const seed of [0, 1, 2, 3, 7, 42]) {
    it(`seed ${seed}: whole files, every shared category in eval and still in train, at least ${MIN_EVAL_UNITS} edge units`, () => {
      const { held } = orderEvalFiles(UNITS, rngFor(seed, 'test'));
      const heldSet = new Set(held);
      const evalCats = new Set(UNITS.filter((u) => heldSet.has(u.file)).flatMap((u) => u.categories));
      const trainCats = new Set(UNITS.filter((u) => !heldSet.has(u.file)).flatMap((u) => u.categories));
      for (const c of ['decorated', 'async', 'generator', 'method']) {
        expect(evalCats.has(c), `${c} in eval`).to.equal(true);
        expect(trainCats.has(c), `${c} in train`).to.equal(true);
      }
      // A category of one file only stays in train.
      expect(evalCats.has('solo')).to.equal(false);
      const edge = UNITS.filter((u) => heldSet.has(u.file) && u.categories.length > 0).length;
      expect(edge).to.be.at.least(MIN_EVAL_UNITS);
      expect(heldSet.has('g.py'), 'a file without edge units is never held out').to.equal(false);
    });
  }

  it('keeps at least one file for train, however few there are', () => {
    const { held } = orderEvalFiles([unit('a.py', 'f', ['async']), unit('b.py', 'f', ['async'])], rngFor(0));
    expect(held).to.have.length(1);
  });

  it('is the same for the same seed', () => {
    expect(orderEvalFiles(UNITS, rngFor(5)).held).to.deep.equal(orderEvalFiles(UNITS, rngFor(5)).held);
  });
});
