import { discoverRules } from '../../rules/discover-rules.js';
import type { LintCases, LintRule, LintRuleMeta } from './rule.js';

export interface LoadedLintRule extends LintRule {
  file: string;
  cases: LintCases | undefined;
}

/** rules/lint/<CODE>.ts, checked: the file name must be the code the rule reports. */
export async function loadLintRules(): Promise<LoadedLintRule[]> {
  const found = await discoverRules<Partial<LintRule> & { meta?: LintRuleMeta }>('lint');
  return found.map(({ id, file, module, cases }) => {
    if (!module.meta || typeof module.check !== 'function') throw new Error(`${file}: a lint rule exports meta and check()`);
    if (module.meta.code !== id) throw new Error(`${file}: meta.code is ${module.meta.code}, but the file name says ${id}`);
    return { meta: module.meta, check: module.check, inject: module.inject, file, cases: cases as LintCases | undefined };
  });
}

/** What the ruff_config context shows and what the simulated linter follows. */
export function ruffSelection(rules: readonly LoadedLintRule[]): { codes: string[]; preview: boolean; lineLength: number } {
  return { codes: rules.map((r) => r.meta.code).sort(), preview: rules.some((r) => r.meta.preview), lineLength: 88 };
}

export function ruffConfigText(sel: { codes: string[]; preview: boolean; lineLength: number }): string {
  const lines = [`line-length = ${sel.lineLength}`, '', '[lint]', `select = [${sel.codes.map((c) => `"${c}"`).join(', ')}]`];
  if (sel.preview) lines.push('preview = true');
  return `${lines.join('\n')}\n`;
}
