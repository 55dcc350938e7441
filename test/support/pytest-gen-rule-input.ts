import type { CuratedModule } from '../../src/domains/pytest-gen/curated.js';
import type { TestRuleCase } from '../../src/domains/pytest-gen/rule.js';

/** A rule case's curated cases as the module's curated data. */
export function expectedCuratedModule(c: TestRuleCase): CuratedModule {
  return {
    functions: {
      [c.function]: {
        cases: c.curated.map((x) => (x.raises !== undefined ? { id: x.id, call: x.call, raises: x.raises, message: x.message ?? '' } : { id: x.id, call: x.call, returns: x.returns ?? 'None' })),
      },
    },
  };
}
