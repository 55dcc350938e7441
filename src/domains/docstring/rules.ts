import { discoverRules } from '../../rules/discover-rules.js';
import type { DefinedDocstringRule, DocstringCases, DocstringRule } from './rule.js';

export interface LoadedDocstringRule extends DefinedDocstringRule {
  file: string;
  cases: DocstringCases;
}

/** Every rules/docstring/<id>.ts with its cases. */
export async function loadDocstringRules(): Promise<LoadedDocstringRule[]> {
  const found = await discoverRules<DefinedDocstringRule>('docstring');
  return found.map(({ rule, file, cases }) => ({ ...rule, file, cases: cases as DocstringCases }));
}

/** The rules whose situation the current docstring shows (adequate-docstring is not a problem). */
export function problemsOf(rules: readonly DocstringRule[], site: Parameters<DocstringRule['detect']>[0], style: Parameters<DocstringRule['detect']>[1]): string[] {
  return rules.filter((r) => r.meta.action !== 'skipped' && r.detect(site, style) !== null).map((r) => r.meta.id);
}
