import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { operatorSpacingFindings } from '../../src/domains/lint/operator-spacing.js';
import { squeezeOperators } from '../../src/domains/lint/squeeze-operator.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'missing-whitespace-around-operator',
  fixable: true,
  preview: true,
  description: 'No space around an assignment, comparison, augmented assignment, keyword operator, `->` or `:=`.',
};

// The token walk is shared with E226-E228 (one ruff check, four codes by operator family).
function check(ctx: LintContext): LintFinding[] {
  return operatorSpacingFindings(ctx, 'E225');
}

/** Removes the spaces around an assignment `=`, a comparison or an augmented assignment. */
function inject(ctx: LintContext): Injection[] {
  return squeezeOperators(ctx, rule.query(['op']), check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
