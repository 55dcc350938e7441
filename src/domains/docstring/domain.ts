import { defineDomain } from '../../generate/domain.js';
import { checkDocstringDefinition } from './check-definition.js';
import { loadDocstringUnits } from './load-units.js';
import { loadDocstringRules } from './rules.js';
import { vocabulary } from './shape-vocabulary.js';

export const domain = defineDomain('docstring', {
  providers: ['docstring_style'],
  vocabulary,
  async loadUnits(ctx) {
    checkDocstringDefinition(ctx.definition);
    return loadDocstringUnits(ctx, await loadDocstringRules());
  },
});
