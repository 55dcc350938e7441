import { defineDomain } from '../../generate/domain.js';
import { stylesFor } from './check-definition.js';
import { loadDocstringUnits } from './load-units.js';
import { loadDocstringRules } from './rules.js';
import { vocabulary } from './shape-vocabulary.js';

export const domain = defineDomain('docstring', {
  providers: ['docstring_style'],
  vocabulary,
  async loadUnits(ctx) {
    const styles = stylesFor(ctx.definition, ctx.warn);
    return loadDocstringUnits(ctx, await loadDocstringRules(), styles);
  },
});
