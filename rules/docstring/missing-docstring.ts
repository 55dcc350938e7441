import type { DocModel } from '../../src/domains/docstring/model.js';
import { defineDocstringRule, type DocstringRuleMeta, type StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';

const meta: Omit<DocstringRuleMeta, 'id'> = {
  description: 'The function or class has no docstring (an empty string counts as none).',
  action: 'added',
  fixed: ['wrote the missing docstring'],
};

function detect(site: DocSite): string | null {
  if (!site.docstring) return `${site.qualname} has no docstring`;
  return site.docstring.text.trim() === '' ? `${site.qualname} has an empty docstring` : null;
}

/** Every function can lose its docstring. */
function stale(_model: DocModel, _site: DocSite): StaleDocstring[] {
  return [{ label: 'no docstring', docstring: null }];
}

export default defineDocstringRule(import.meta.url, { meta, detect, stale });
