import type { DocModel } from '../../src/domains/docstring/model.js';
import { renderDocstring } from '../../src/domains/docstring/render/render.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import { stylesPresent } from '../../src/domains/docstring/sections/detect-style.js';
import type { DocSite } from '../../src/domains/docstring/site.js';
import { STYLES, type Style } from '../../src/domains/docstring/style.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'The docstring uses another convention (or mixes them) than the project style.',
  action: 'updated',
  fixed: ['rewrote it in {style} style', 'converted it to the {style} convention'],
};

function detect(site: DocSite, style: Style): string | null {
  if (!site.docstring) return null;
  const present = stylesPresent(site.docstring.text);
  if (present.length > 1) return `the docstring mixes ${present.join(' and ')} sections`;
  if (present.length === 1 && present[0] !== style) return `the docstring is in ${present[0]} style, the project uses ${style}`;
  return null;
}

/** The complete docstring in each other style; a summary-only docstring has no style to get wrong. */
function stale(model: DocModel, _site: DocSite, style: Style): StaleDocstring[] {
  const hasSections = model.params.length > 0 || model.returns || model.yields || model.raises.length > 0;
  if (!hasSections) return [];
  return STYLES.filter((s) => s !== style).map((s) => ({ label: `written in ${s} style`, docstring: renderDocstring(model, s) }));
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
