import type { Injection, LintContext, LintFinding, LintRuleMeta } from '../../src/domains/lint/rule.js';
import { operatorSpacingFindings } from '../../src/domains/lint/operator-spacing.js';
import { squeezeOperators } from '../../src/domains/lint/squeeze-operator.js';
import { loadQuery } from '../../src/parse/load-query.js';
import { projectPath } from '../../src/paths.js';

export const meta: LintRuleMeta = {
  code: 'E225',
  name: 'missing-whitespace-around-operator',
  fixable: true,
  preview: true,
  description: 'No space around an assignment, comparison, augmented assignment, keyword operator, `->` or `:=`.',
};

// The token walk is shared with E226-E228 (one ruff check, four codes by operator family).
export function check(ctx: LintContext): LintFinding[] {
  return operatorSpacingFindings(ctx, 'E225');
}

/** Removes the spaces around an assignment `=`, a comparison or an augmented assignment. */
export function inject(ctx: LintContext): Injection[] {
  return squeezeOperators(ctx, loadQuery(projectPath('rules/lint/E225.scm'), ['op']), check);
}
