import type { Node } from 'web-tree-sitter';
import { z } from 'zod';
import { withTree } from '../../parse/python.js';

/** A Python literal as it may appear inside `Literal[...]` or as a default. */
export const PyLiteralSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type PyLiteral = z.infer<typeof PyLiteralSchema>;

/**
 * A parsed type annotation. `name` is a plain or dotted name (`int`, `Currency`,
 * `typing.Any`); `generic` is `name[args]` (`list[int]`, `Dict[str, int]`); `union` comes from
 * `A | B`, `Optional[A]` and `Union[A, B]`; `ellipsis` is the `...` of `tuple[int, ...]`.
 * zod cannot infer a recursive union, so this one type is written out and the schema below is
 * checked against it by the compiler.
 */
export type TypeExpr =
  | { kind: 'name'; name: string; text: string }
  | { kind: 'generic'; name: string; text: string; args: TypeExpr[] }
  | { kind: 'union'; text: string; options: TypeExpr[] }
  | { kind: 'literal'; text: string; values: PyLiteral[] }
  | { kind: 'none' | 'ellipsis' | 'unsupported'; text: string };

export const TypeExprSchema: z.ZodType<TypeExpr> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('name'), name: z.string(), text: z.string() }),
    z.object({ kind: z.literal('generic'), name: z.string(), text: z.string(), args: z.array(TypeExprSchema) }),
    z.object({ kind: z.literal('union'), text: z.string(), options: z.array(TypeExprSchema) }),
    z.object({ kind: z.literal('literal'), text: z.string(), values: z.array(PyLiteralSchema) }),
    z.object({ kind: z.enum(['none', 'ellipsis', 'unsupported']), text: z.string() }),
  ]),
);

// typing's spellings of the builtin generics; a rule only ever sees the builtin name.
const ALIASES: Record<string, string> = { Text: 'str', List: 'list', Dict: 'dict', Tuple: 'tuple', Set: 'set', FrozenSet: 'frozenset', Type: 'type' };

/** `typing.Optional` and `t.Optional` are `Optional`; a rule matches the last part of a dotted name. */
function simpleName(text: string): string {
  const last = text.split('.').pop() ?? text;
  return ALIASES[last] ?? last;
}

function children(n: Node): Node[] {
  return n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
}

/** A literal value node (string, number, True/False/None, -1) or undefined when it is not one. */
export function literalValue(n: Node): PyLiteral | undefined {
  switch (n.type) {
    case 'string': {
      const parts = children(n);
      if (parts.some((p) => p.type === 'interpolation' || p.type === 'escape_sequence')) return undefined;
      const prefix = parts[0]?.text ?? '';
      if (/[bfBF]/.test(prefix)) return undefined;
      return parts.filter((p) => p.type === 'string_content').map((p) => p.text).join('');
    }
    case 'integer':
      return /^[0-9_]+$/.test(n.text) ? Number(n.text.replace(/_/g, '')) : undefined;
    case 'float':
      return /^[0-9_.eE+-]+$/.test(n.text) ? Number(n.text.replace(/_/g, '')) : undefined;
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    case 'unary_operator': {
      const arg = n.childForFieldName('argument');
      const op = n.childForFieldName('operator')?.text;
      const v = arg ? literalValue(arg) : undefined;
      return op === '-' && typeof v === 'number' ? -v : undefined;
    }
    default:
      return undefined;
  }
}

function genericOf(name: string, text: string, args: TypeExpr[]): TypeExpr {
  if (name === 'Optional' && args.length === 1) return { kind: 'union', text, options: [args[0], { kind: 'none', text: 'None' }] };
  if (name === 'Union') return { kind: 'union', text, options: args };
  return { kind: 'generic', name, text, args };
}

/** Reads the expression under a `type` node (or any expression used as a type). */
export function typeExprOf(node: Node): TypeExpr {
  const n = node.type === 'type' && node.namedChildCount === 1 ? node.namedChild(0)! : node;
  const text = node.text;
  switch (n.type) {
    case 'identifier':
    case 'attribute':
      return { kind: 'name', name: simpleName(n.text), text };
    case 'none':
      return { kind: 'none', text };
    case 'ellipsis':
      return { kind: 'ellipsis', text };
    case 'binary_operator': {
      if (n.childForFieldName('operator')?.text !== '|') return { kind: 'unsupported', text };
      const flat: TypeExpr[] = [];
      for (const side of [n.childForFieldName('left'), n.childForFieldName('right')]) {
        const t = typeExprOf(side!);
        if (t.kind === 'union' && side!.type === 'binary_operator') flat.push(...t.options);
        else flat.push(t);
      }
      return { kind: 'union', text, options: flat };
    }
    case 'union_type': {
      // list[str] | None: (union_type (type (generic_type ...)) (type (none)))
      const flat: TypeExpr[] = [];
      for (const side of children(n)) {
        const t = typeExprOf(side);
        if (t.kind === 'union') flat.push(...t.options);
        else flat.push(t);
      }
      return { kind: 'union', text, options: flat };
    }
    case 'generic_type': {
      // list[int]: (generic_type (identifier) (type_parameter (type ...) ...))
      const [head, params] = children(n);
      const name = simpleName(head.text);
      const argNodes = params ? children(params) : [];
      if (name === 'Literal') return literalOf(argNodes, text);
      return genericOf(name, text, argNodes.map(typeExprOf));
    }
    case 'subscript': {
      // typing.Dict[str, int] parses as an expression: (subscript value: ... subscript: ...)
      const name = simpleName(n.childForFieldName('value')!.text);
      const argNodes = n.childrenForFieldName('subscript').filter((c): c is Node => c !== null);
      if (name === 'Literal') return literalOf(argNodes, text);
      return genericOf(name, text, argNodes.map(typeExprOf));
    }
    case 'string':
      // A forward reference "Address": the quoted text is the type.
      return parseTypeText(String(literalValue(n) ?? ''), text);
    default:
      return { kind: 'unsupported', text };
  }
}

function literalOf(argNodes: Node[], text: string): TypeExpr {
  const values: PyLiteral[] = [];
  for (const a of argNodes) {
    const inner = a.type === 'type' && a.namedChildCount === 1 ? a.namedChild(0)! : a;
    const v = literalValue(inner);
    if (v === undefined) return { kind: 'unsupported', text };
    values.push(v);
  }
  return { kind: 'literal', text, values };
}

/** Parses a type written as text (a forward reference, or a type inferred for an unannotated parameter). */
export function parseTypeText(typeText: string, shownAs = typeText): TypeExpr {
  if (!typeText.trim()) return { kind: 'unsupported', text: shownAs };
  return withTree(`def _(x: ${typeText}): pass\n`, (tree) => {
    if (tree.rootNode.hasError) return { kind: 'unsupported', text: shownAs } as TypeExpr;
    const typed = tree.rootNode.descendantsOfType('typed_parameter')[0];
    const t = typed?.childForFieldName('type');
    return t ? { ...typeExprOf(t), text: shownAs } : ({ kind: 'unsupported', text: shownAs } as TypeExpr);
  });
}
