import { expect } from 'chai';
import { loadDomain } from '../../../src/domains/registry.js';
import type { Unit } from '../../../src/generate/domain.js';
import { laneRng, prepare } from '../../../src/generate/pipeline.js';
import { pyDumps } from '../../../src/pyjson/dumps.js';
import type { Shape } from '../../../src/shapes/schema.js';

// A lane (one unit playing one shape) is played by whichever thread owns it, interleaved with
// that thread's other lanes in an order that depends on timing. Its items must therefore be a
// function of the unit, the shape and the rng alone: what other lanes of the unit did first
// (mutations they saw refused, states they cached) must not change them.
describe('lint: a lane plays the same whatever other lanes of its unit played before', function () {
  this.timeout(600_000);

  const SEED = 4;

  async function fresh(): Promise<{ units: Unit[]; shapes: Shape[] }> {
    const domain = await loadDomain('lint');
    const { units, shapes } = await prepare({ domain, count: 1, split: 1, seed: SEED, outDir: '' });
    return { units, shapes };
  }

  /** The first n items of a lane, each as the shown code and the example's line (or a miss). */
  function play(unit: Unit, shape: Shape, n: number): string[] {
    const out: string[] = [];
    for (const v of unit.variants(shape, laneRng(SEED, 'lint', unit.id, shape.name))) {
      if (out.length === n) break;
      const example = v?.build(SEED) ?? null;
      out.push(v === null ? 'miss' : `${v.nodeCode}\n${example === null ? 'no story' : pyDumps(example)}`);
    }
    return out;
  }

  it('for every shape, after every other shape of the same unit has been played first', async () => {
    const first = await fresh();
    // Files whose mutations get refused now and then (long ones with many sites).
    const units = first.units.filter((u) => /bank_account|signup_validator|project_file_walker/.test(u.id));
    expect(units.length).to.be.greaterThan(1);
    for (const unit of units) {
      const alone = new Map(first.shapes.map((s) => [s.name, play(unit, s, 12)]));
      for (const shape of first.shapes) {
        // Fresh caches, then every other lane of the unit played well past this one's items.
        const again = await fresh();
        const same = again.units.find((u) => u.id === unit.id)!;
        for (const other of again.shapes) if (other.name !== shape.name) play(same, other, 30);
        expect(play(same, again.shapes.find((s) => s.name === shape.name)!, 12), `${unit.id} ${shape.name}`).to.deep.equal(alone.get(shape.name));
      }
    }
  });
});
