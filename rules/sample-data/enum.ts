import { pick } from '../../src/generate/rng.js';
import type { ModuleTypes } from '../../src/domains/sample-data/module-types.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: "An Enum defined in the same file: the member's value (Role.ADMIN = \"admin\" is written \"admin\"), so Role(value) rebuilds it; edge the first member, large the last.",
  tags: ['enum_param'],
};

function matches(type: TypeExpr, scope: ModuleTypes): boolean {
  return type.kind === 'name' && Object.hasOwn(scope.enums, type.name);
}

function generate(type: TypeExpr, ctx: GenContext): unknown {
  if (type.kind !== 'name') throw new Error(`enum rule given ${type.text}`);
  const { members } = ctx.scope.enums[type.name];
  if (ctx.kind === 'edge') return members[0].value;
  if (ctx.kind === 'large') return members[members.length - 1].value;
  return pick(ctx.rng, members).value;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate });
