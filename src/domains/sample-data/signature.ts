import type { Node } from 'web-tree-sitter';
import { z } from 'zod';
import { isMethod } from '../../parse/edge-categories.js';
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

function decorators(def: Node): string[] {
  const outer = def.parent?.type === 'decorated_definition' ? def.parent : null;
  return outer ? outer.namedChildren.filter((c): c is Node => c?.type === 'decorator').map((d) => d.text.replace(/^@\s*/, '')) : [];
}

/** A method's first parameter (self, cls) is bound by Python, never given in a fixture. */
export function bindsFirstParameter(def: Node): boolean {
  return isMethod(def) && !decorators(def).some((d) => d === 'staticmethod');
}

/**
 * The parameters of a function as `inspect.signature` lists them, with source text for the
 * annotation and default. The bare `*` and `/` markers change the kind of their neighbours.
 */
export function readParameters(def: Node): Param[] {
  const list = def.childForFieldName('parameters');
  const nodes = (list?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
  const out: Param[] = [];
  let kind: 'positional' | 'keyword_only' = 'positional';
  for (const n of nodes) {
    if (n.type === 'positional_separator') {
      for (const p of out) if (p.kind === 'positional') p.kind = 'positional_only';
      continue;
    }
    if (n.type === 'keyword_separator') {
      kind = 'keyword_only';
      continue;
    }
    const nameNode = n.type === 'identifier' || n.type === 'list_splat_pattern' || n.type === 'dictionary_splat_pattern' ? n : (n.childForFieldName('name') ?? n.namedChild(0));
    if (!nameNode) continue;
    const typeNode = n.childForFieldName('type');
    const valueNode = n.childForFieldName('value');
    let paramKind: Param['kind'] = kind;
    let name = nameNode.text;
    if (nameNode.type === 'list_splat_pattern') {
      paramKind = 'var_positional';
      kind = 'keyword_only';
      name = name.replace(/^\*/, '');
    } else if (nameNode.type === 'dictionary_splat_pattern') {
      paramKind = 'var_keyword';
      name = name.replace(/^\*\*/, '');
    }
    out.push({
      name,
      shown: nameNode.text,
      kind: paramKind,
      annotation: typeNode?.text ?? null,
      default: valueNode?.text ?? null,
      type: typeNode ? typeExprOf(typeNode) : null,
    });
  }
  return bindsFirstParameter(def) ? out.slice(1) : out;
}
