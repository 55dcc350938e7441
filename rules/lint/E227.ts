import type { Injection, LintContext, LintFinding, LintRuleMeta } from '../../src/domains/lint/rule.js';
import { operatorSpacingFindings } from '../../src/domains/lint/operator-spacing.js';
import { squeezeOperators } from '../../src/domains/lint/squeeze-operator.js';
import { loadQuery } from '../../src/parse/load-query.js';
import { projectPath } from '../../src/paths.js';

export const meta: LintRuleMeta = {
  code: 'E227',
  name: 'missing-whitespace-around-bitwise-or-shift-operator',
  fixable: true,
  preview: true,
  description: 'No space around a bitwise or shift operator (`& | ^ << >>` and their augmented forms).',
};

// The token walk is shared with the other operator-spacing codes (one ruff check, four codes).
export function check(ctx: LintContext): LintFinding[] {
  return operatorSpacingFindings(ctx, 'E227');
}

/** Removes the spaces around a bitwise or shift operator. */
export function inject(ctx: LintContext): Injection[] {
  return squeezeOperators(ctx, loadQuery(projectPath('rules/lint/E227.scm'), ['op']), check);
}
