import { isAdequate } from '../../src/domains/docstring/compare.js';
import type { DocModel } from '../../src/domains/docstring/model.js';
import { renderDocstring } from '../../src/domains/docstring/render/render.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';
import type { Style } from '../../src/domains/docstring/style.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'The docstring is already complete and in the project style: nothing to do.',
  action: 'skipped',
  fixed: ['left it as it was'],
};

function detect(site: DocSite, style: Style): string | null {
  return isAdequate(site, style) ? `${site.qualname} is documented in ${style} style` : null;
}

/** Not aged at all: the complete docstring in the configured style. */
function stale(model: DocModel, _site: DocSite, style: Style): StaleDocstring[] {
  return [{ label: `complete ${style} docstring`, docstring: renderDocstring(model, style) }];
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
