import type { FixtureError } from '../errors.js';
import type { LoadContext } from './domain.js';

/**
 * A fixture problem the user should fix: under --strict the run stops with it; otherwise the
 * file, function or case is skipped with a warning that names it.
 */
export function reportFixtureProblem(ctx: Pick<LoadContext, 'strict' | 'warn'>, problem: FixtureError, skipped = 'skipped'): void {
  if (ctx.strict) throw problem;
  ctx.warn(`${problem.message}; ${skipped}`);
}
