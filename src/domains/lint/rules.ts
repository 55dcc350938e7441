import { discoverRules } from '../../rules/discover-rules.js';
import type { DefinedLintRule, LintCases } from './rule.js';

export interface LoadedLintRule extends DefinedLintRule {
  file: string;
  cases: LintCases;
}

/** rules/lint/<CODE>.ts with their cases: the file name is the code the rule reports. */
export async function loadLintRules(): Promise<LoadedLintRule[]> {
  const found = await discoverRules<DefinedLintRule>('lint');
  return found.map(({ rule, file, cases }) => ({ ...rule, file, cases: cases as LintCases }));
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
