import { readExisting, yieldsMismatch } from '../../src/domains/docstring/compare.js';
import type { DocModel } from '../../src/domains/docstring/model.js';
import { renderDocstring } from '../../src/domains/docstring/render/render.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';
import type { Style } from '../../src/domains/docstring/style.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'A generator documents what it yields in a Returns section, or not at all (wrong section).',
  action: 'updated',
  fixed: ['described what it yields in a Yields section', 'replaced the Returns section with Yields'],
};

function detect(site: DocSite, style: Style): string | null {
  const doc = readExisting(site, style);
  if (!doc || !yieldsMismatch(site, doc)) return null;
  if (!site.generator) return 'documents Yields, but the function is not a generator';
  return doc.returns ? 'a generator documented with a Returns section instead of Yields' : 'a generator without a Yields section';
}

/** The generator was once a function returning a list: its docstring still says Returns. */
function stale(model: DocModel, _site: DocSite, style: Style): StaleDocstring[] {
  if (!model.yields) return [];
  return [{ label: 'Returns instead of Yields', docstring: renderDocstring({ ...model, yields: null, returns: model.yields }, style) }];
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
