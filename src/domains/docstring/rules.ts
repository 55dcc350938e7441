import { discoverRules } from '../../rules/discover-rules.js';
import type { DocstringCases, DocstringRule } from './rule.js';

export interface LoadedDocstringRule extends DocstringRule {
  file: string;
  cases: DocstringCases | undefined;
}

/** Every rules/docstring/<id>.ts, checked to export what the domain calls. */
export async function loadDocstringRules(): Promise<LoadedDocstringRule[]> {
  const found = await discoverRules<Partial<DocstringRule>>('docstring');
  return found.map(({ id, file, module, cases }) => {
    if (!module.meta || typeof module.detect !== 'function' || typeof module.stale !== 'function') {
      throw new Error(`${file}: a docstring rule exports meta, detect(site, style) and stale(model, site, style)`);
    }
    if (module.meta.id !== id) throw new Error(`${file}: meta.id is "${module.meta.id}", the file name says "${id}"`);
    return { meta: module.meta, detect: module.detect, stale: module.stale, file, cases: cases as DocstringCases | undefined };
  });
}

/** The rules whose situation the current docstring shows (adequate-docstring is not a problem). */
export function problemsOf(rules: readonly DocstringRule[], site: Parameters<DocstringRule['detect']>[0], style: Parameters<DocstringRule['detect']>[1]): string[] {
  return rules.filter((r) => r.meta.action !== 'skipped' && r.detect(site, style) !== null).map((r) => r.meta.id);
}
