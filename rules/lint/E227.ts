import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { operatorSpacingFindings } from '../../src/domains/lint/operator-spacing.js';
import { squeezeOperators } from '../../src/domains/lint/squeeze-operator.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'missing-whitespace-around-bitwise-or-shift-operator',
  fixable: true,
  preview: true,
  description: 'No space around a bitwise or shift operator (`& | ^ << >>` and their augmented forms).',
};

// The token walk is shared with the other operator-spacing codes (one ruff check, four codes).
function check(ctx: LintContext): LintFinding[] {
  return operatorSpacingFindings(ctx, 'E227');
}

/** Removes the spaces around a bitwise or shift operator. */
function inject(ctx: LintContext): Injection[] {
  return squeezeOperators(ctx, rule.query(['op']), check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
