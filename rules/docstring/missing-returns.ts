import { readExisting, returnsMismatch } from '../../src/domains/docstring/compare.js';
import type { DocModel } from '../../src/domains/docstring/model.js';
import { renderDocstring } from '../../src/domains/docstring/render/render.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';
import type { Style } from '../../src/domains/docstring/style.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'The function returns a value but its docstring has no Returns section (or it returns nothing and one is documented).',
  action: 'updated',
  fixed: ['documented the return value', 'corrected the Returns section'],
};

function detect(site: DocSite, style: Style): string | null {
  const doc = readExisting(site, style);
  if (!doc || !returnsMismatch(site, doc)) return null;
  return site.returnsValue ? 'returns a value but has no Returns section' : 'documents a return value, but the function returns None';
}

function stale(model: DocModel, _site: DocSite, style: Style): StaleDocstring[] {
  if (!model.returns) return [];
  return [{ label: 'no Returns section', docstring: renderDocstring({ ...model, returns: null }, style) }];
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
