import { defineDomain, type Domain } from '../../generate/domain.js';
import { checkDocstringDefinition } from './check-definition.js';
import { loadDocstringUnits } from './load-units.js';
import { loadDocstringRules } from './rules.js';

export const domain: Domain = defineDomain('docstring', {
  requiredTools: ['read_current_docstring', 'read_type_hints', 'write_docstring', 'submit_result'],
  providers: ['docstring_style'],
  async loadUnits(ctx) {
    checkDocstringDefinition(ctx.definition);
    return loadDocstringUnits(ctx, await loadDocstringRules());
  },
});
