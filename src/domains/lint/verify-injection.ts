import { withTree } from '../../parse/python.js';
import { applyEdits } from './apply-edits.js';
import { makeLintContext } from './lint-context.js';
import type { Injection, LintContext, LintFinding } from './rule.js';

/**
 * Marks each candidate injection with a check, run the first time someone asks: the code still
 * parses and the rule reports exactly one finding more than before. A site that looked right but
 * is exempt (inside parentheses after a lambda, under a noqa comment, ...) or that also trips a
 * second finding is refused rather than trusted. Checking lazily matters on real-size files: a
 * file has thousands of candidate sites and an example uses a handful, and each check is a parse
 * and a lint.
 */
export function keepExact(ctx: LintContext, candidates: Injection[], check: (c: LintContext) => LintFinding[]): Injection[] {
  const before = check(ctx).length;
  // Only the text: the context's tree is freed when the caller's withTree returns.
  const base = ctx.code;
  return candidates.map((inj) => {
    let verdict: boolean | undefined;
    const exact = () => {
      if (verdict === undefined) {
        const code = applyEdits(base, inj.edits);
        verdict = withTree(code, (tree) => !tree.rootNode.hasError && check(makeLintContext(code, tree)).length === before + 1);
      }
      return verdict;
    };
    return { ...inj, exact };
  });
}

/** Whether an injection passed its check (one without a check is exact by construction). */
export function isExact(inj: Injection): boolean {
  return inj.exact ? inj.exact() : true;
}
