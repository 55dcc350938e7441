import type { DocModel } from '../../src/domains/docstring/model.js';
import type { DocstringRuleMeta, StaleDocstring } from '../../src/domains/docstring/rule.js';
import type { DocSite } from '../../src/domains/docstring/site.js';

export const meta: DocstringRuleMeta = {
  id: 'missing-docstring',
  description: 'The function or class has no docstring (an empty string counts as none).',
  action: 'added',
};

export function detect(site: DocSite): string | null {
  if (!site.docstring) return `${site.qualname} has no docstring`;
  return site.docstring.text.trim() === '' ? `${site.qualname} has an empty docstring` : null;
}

/** Every function can lose its docstring. */
export function stale(_model: DocModel, _site: DocSite): StaleDocstring[] {
  return [{ label: 'no docstring', docstring: null }];
}
