import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { operatorSpacingFindings } from '../../src/domains/lint/operator-spacing.js';
import { squeezeOperators } from '../../src/domains/lint/squeeze-operator.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'missing-whitespace-around-modulo-operator',
  fixable: true,
  preview: true,
  description: 'No space around the modulo operator `%`.',
};

// The token walk is shared with the other operator-spacing codes (one ruff check, four codes).
function check(ctx: LintContext): LintFinding[] {
  return operatorSpacingFindings(ctx, 'E228');
}

/** Removes the spaces around a binary `%`. */
function inject(ctx: LintContext): Injection[] {
  return squeezeOperators(ctx, rule.query(['op']), check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
