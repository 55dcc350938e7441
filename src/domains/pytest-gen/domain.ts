import { defineDomain, type Domain, type Unit } from '../../generate/domain.js';
import { existingTests } from './existing-tests.js';
import { loadFixtureModules } from './load-fixtures.js';
import { loadTestRules } from './rules.js';
import { testUnit } from './unit.js';

export const domain: Domain = defineDomain('test', {
  requiredTools: ['analyze_signature', 'read_existing_tests', 'write_test_file', 'run_tests', 'submit_result'],
  providers: ['pytest_config'],
  async loadUnits(ctx) {
    const rules = await loadTestRules();
    const units: Unit[] = [];
    for (const module of loadFixtureModules(ctx)) {
      const existing = existingTests(module, rules);
      for (const fn of module.functions) units.push(testUnit({ definition: ctx.definition, module, fn, existing, rules }));
    }
    return units;
  },
});
