import type { ModuleTypes } from '../../src/domains/sample-data/module-types.js';
import { defineSampleRule, type GenContext, type SampleRuleMeta } from '../../src/domains/sample-data/rule.js';
import type { TypeExpr } from '../../src/domains/sample-data/type-expr.js';

const meta: Omit<SampleRuleMeta, 'id'> = {
  description: 'A dataclass defined in the same file, given as a dict of its fields (the check rebuilds it with Cls(**fields)); the edge case gives only the fields without a default, at their edge values.',
  tags: ['dataclass_param'],
};

/** LineItem -> line_item: a field's value is generated for `line_item_sku`, so `product_name` is not a person. */
function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function matches(type: TypeExpr, scope: ModuleTypes): boolean {
  return type.kind === 'name' && Object.hasOwn(scope.dataclasses, type.name);
}

function generate(type: TypeExpr, ctx: GenContext): Record<string, unknown> {
  if (type.kind !== 'name') throw new Error(`dataclass rule given ${type.text}`);
  const out: Record<string, unknown> = {};
  for (const field of ctx.scope.dataclasses[type.name].fields) {
    if (ctx.kind === 'edge' && field.hasDefault) continue;
    out[field.name] = ctx.recurse(field.type, `${snake(type.name)}_${field.name}`, ctx.kind);
  }
  return out;
}

export default defineSampleRule(import.meta.url, { meta, matches, generate });
