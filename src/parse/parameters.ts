import type { Node } from 'web-tree-sitter';

/** How Python binds a parameter (inspect.Parameter.kind). */
export type ParameterKind = 'positional_only' | 'positional' | 'var_positional' | 'keyword_only' | 'var_keyword';

/** One parameter of a def header, as the source writes it. */
export interface HeaderParameter {
  /** The bare name: `args` for `*args`. */
  name: string;
  /** As written, with its stars: `*args`, `**kwargs`. */
  shown: string;
  kind: ParameterKind;
  /** Source text of the annotation and of the default, or null where there is none. */
  annotation: string | null;
  default: string | null;
  /** The annotation's node, for readers that parse types (valid while the tree lives). */
  typeNode: Node | null;
}

/**
 * The parameters of a function_definition in source order, as Python's ast and inspect list them
 * (self and cls included). The bare `*` and `/` markers are not parameters, but change the kind
 * of their neighbours. The one reader of def headers for every domain.
 */
export function readParameters(def: Node): HeaderParameter[] {
  const nodes = (def.childForFieldName('parameters')?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment');
  const out: HeaderParameter[] = [];
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
    const target = n.type === 'identifier' || n.type === 'list_splat_pattern' || n.type === 'dictionary_splat_pattern' ? n : (n.childForFieldName('name') ?? n.namedChildren.find((c) => c !== null && c.type !== 'type') ?? null);
    if (!target) continue;
    let paramKind: ParameterKind = kind;
    const bare = target.type === 'identifier' ? target.text : (target.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '');
    if (target.type === 'list_splat_pattern') {
      paramKind = 'var_positional';
      kind = 'keyword_only';
    } else if (target.type === 'dictionary_splat_pattern') paramKind = 'var_keyword';
    const shown = target.type === 'list_splat_pattern' ? `*${bare}` : target.type === 'dictionary_splat_pattern' ? `**${bare}` : bare;
    const typeNode = n.childForFieldName('type');
    out.push({ name: bare, shown, kind: paramKind, annotation: typeNode?.text ?? null, default: n.childForFieldName('value')?.text ?? null, typeNode });
  }
  return out;
}
