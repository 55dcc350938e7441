import type { Injection, LintContext, LintFinding, LintRuleMeta } from '../../src/domains/lint/rule.js';
import { operatorSpacingFindings } from '../../src/domains/lint/operator-spacing.js';
import { squeezeOperators } from '../../src/domains/lint/squeeze-operator.js';
import { loadQuery } from '../../src/parse/load-query.js';
import { projectPath } from '../../src/paths.js';

export const meta: LintRuleMeta = {
  code: 'E226',
  name: 'missing-whitespace-around-arithmetic-operator',
  fixable: true,
  preview: true,
  description: 'No space around a binary arithmetic operator (`+ - * / // @`; `**` only when spaced on one side).',
};

// The token walk is shared with the other operator-spacing codes (one ruff check, four codes).
export function check(ctx: LintContext): LintFinding[] {
  return operatorSpacingFindings(ctx, 'E226');
}

/** Removes the spaces around a binary `+ - * / //`. */
export function inject(ctx: LintContext): Injection[] {
  return squeezeOperators(ctx, loadQuery(projectPath('rules/lint/E226.scm'), ['op']), check);
}
