import { withTree } from '../../parse/python.js';
import { applyEdits } from './apply-edits.js';
import { makeLintContext } from './lint-context.js';
import type { Injection, LintContext, LintFinding } from './rule.js';

/**
 * Keeps the injections after which the code still parses and the rule reports exactly one
 * finding more than before: a site that looked right but is exempt (inside parentheses after a
 * lambda, under a noqa comment, ...) or that also trips a second finding is dropped rather than
 * trusted.
 */
export function keepExact(ctx: LintContext, candidates: Injection[], check: (c: LintContext) => LintFinding[]): Injection[] {
  const before = check(ctx).length;
  return candidates.filter((inj) => {
    const code = applyEdits(ctx.code, inj.edits);
    return withTree(code, (tree) => !tree.rootNode.hasError && check(makeLintContext(code, tree)).length === before + 1);
  });
}
