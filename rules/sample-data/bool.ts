import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'bool: a flag; edge false, large true (the branch that does more work), normal either.',
  tags: [],
};

function matches(type: TypeExpr): boolean {
  return type.kind === 'name' && type.name === 'bool';
}

function generate(_type: TypeExpr, ctx: GenContext): boolean {
  if (ctx.kind === 'edge') return false;
  if (ctx.kind === 'large') return true;
  return ctx.rng() < 0.5;
}

const GUESS = /^(is_|has_|can_|should_|allow|enable|use_|show_|keep_)|(enabled|disabled|verbose|strict|urgent|express|force|dry_run|debug|active|flag)$/;

function guessFromName(name: string): string | null {
  return GUESS.test(name.toLowerCase()) ? 'bool' : null;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate, guessFromName });
