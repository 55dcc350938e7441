import type { GenContext, SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

export const meta: SampleRuleMeta = {
  id: 'bool',
  description: 'bool: a flag; edge false, large true (the branch that does more work), normal either.',
  tags: [],
};

export function matches(type: TypeExpr): boolean {
  return type.kind === 'name' && type.name === 'bool';
}

export function generate(_type: TypeExpr, ctx: GenContext): boolean {
  if (ctx.kind === 'edge') return false;
  if (ctx.kind === 'large') return true;
  return ctx.rng() < 0.5;
}

const GUESS = /^(is_|has_|can_|should_|allow|enable|use_|show_|keep_)|(enabled|disabled|verbose|strict|urgent|express|force|dry_run|debug|active|flag)$/;

export function guessFromName(name: string): string | null {
  return GUESS.test(name.toLowerCase()) ? 'bool' : null;
}
