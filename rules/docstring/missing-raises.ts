import { raisesGap, readExisting } from '../../src/domains/docstring/compare.js';
import type { DocModel } from '../../src/domains/docstring/model.js';
import { renderDocstring } from '../../src/domains/docstring/render/render.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';
import type { Style } from '../../src/domains/docstring/style.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'The function raises exceptions its docstring does not list in a Raises section (or lists ones it no longer raises).',
  action: 'updated',
  fixed: ['listed the exceptions it raises', 'added the missing Raises section'],
};

function detect(site: DocSite, style: Style): string | null {
  const doc = readExisting(site, style);
  if (!doc) return null;
  const { missing, extra } = raisesGap(site, doc);
  if (missing.length) return `raises ${missing.join(', ')} without documenting it`;
  if (extra.length) return `documents ${extra.join(', ')}, which it never raises`;
  return null;
}

function stale(model: DocModel, _site: DocSite, style: Style): StaleDocstring[] {
  if (model.raises.length === 0) return [];
  const out: StaleDocstring[] = [{ label: 'no Raises section', docstring: renderDocstring({ ...model, raises: [] }, style) }];
  if (model.raises.length >= 2) out.push({ label: `${model.raises[0].exception} not documented`, docstring: renderDocstring({ ...model, raises: model.raises.slice(1) }, style) });
  return out;
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
