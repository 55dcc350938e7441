import { defineDomain, type Unit } from '../../generate/domain.js';
import { loadFixtureModules } from './load-fixtures.js';
import { loadTestRules } from './rules.js';
import { loadSampleRules } from '../sample-data/rules.js';
import { vocabulary } from './shape-vocabulary.js';
import { testUnit } from './unit.js';

export const domain = defineDomain('test', {
  providers: ['pytest_config'],
  vocabulary,
  async loadUnits(ctx) {
    const rules = await loadTestRules();
    const units: Unit[] = [];
    for (const module of loadFixtureModules(ctx, await loadSampleRules())) {
      for (const fn of module.functions) units.push(testUnit({ definition: ctx.definition, module, fn, rules }));
    }
    return units;
  },
});
