import type { Node } from 'web-tree-sitter';
import { z } from 'zod';
import { bindsFirstParameter } from '../../parse/decorators.js';
import { readParameters as readHeader } from '../../parse/parameters.js';
import { typeExprOf, TypeExprSchema } from './type-expr.js';

export const ParamKindSchema = z.enum(['positional_only', 'positional', 'var_positional', 'keyword_only', 'var_keyword']);

export const ParamSchema = z.object({
  /** The bare name, the key a fixture uses. */
  name: z.string(),
  /** As analyze_signature reports it: `*args` and `**kwargs` keep their stars. */
  shown: z.string(),
  kind: ParamKindSchema,
  /** Source text of the annotation and the default exactly as written; null where absent. */
  annotation: z.string().nullable(),
  default: z.string().nullable(),
  type: TypeExprSchema.nullable(),
});
export type Param = z.infer<typeof ParamSchema>;

/**
 * The parameters of a function as `inspect.signature` lists them (self and cls bound by Python
 * left out), with the type each annotation names.
 */
export function readParameters(def: Node): Param[] {
  const out: Param[] = readHeader(def).map((p) => ({ name: p.name, shown: p.shown, kind: p.kind, annotation: p.annotation, default: p.default, type: p.typeNode ? typeExprOf(p.typeNode) : null }));
  return bindsFirstParameter(def) ? out.slice(1) : out;
}
