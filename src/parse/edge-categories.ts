import type { SyntaxNode } from './syntax-node.js';

/** Edge categories the eval split must cover (DESIGN section 3). */
export const EDGE_CATEGORIES = [
  'decorated',
  'async',
  'method',
  'nested',
  'empty_body',
  'varargs',
  'no_annotations',
  'generator',
  'class',
] as const;
export type EdgeCategory = (typeof EDGE_CATEGORIES)[number];

function isFunction(n: SyntaxNode): boolean {
  return n.type === 'function_definition';
}

/** Nodes of the body that belong to this function, not to a nested def, class or lambda. */
export function* ownDescendants(def: SyntaxNode): Generator<SyntaxNode> {
  const body = def.childForFieldName('body');
  if (!body) return;
  const stack: SyntaxNode[] = [...body.namedChildren].filter((n): n is SyntaxNode => n !== null).reverse();
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    if (n.type === 'function_definition' || n.type === 'class_definition' || n.type === 'lambda') continue;
    for (let i = n.namedChildCount - 1; i >= 0; i--) {
      const c = n.namedChild(i);
      if (c) stack.push(c);
    }
  }
}

export function isAsync(def: SyntaxNode): boolean {
  return def.children.some((c) => c?.type === 'async');
}

export function isMethod(def: SyntaxNode): boolean {
  const outer = def.parent?.type === 'decorated_definition' ? def.parent : def;
  return outer.parent?.type === 'block' && outer.parent.parent?.type === 'class_definition';
}

export function isGenerator(def: SyntaxNode): boolean {
  for (const n of ownDescendants(def)) if (n.type === 'yield') return true;
  return false;
}

/** Body is only a docstring, `pass` or `...`. */
export function hasEmptyBody(def: SyntaxNode): boolean {
  const body = def.childForFieldName('body');
  if (!body) return true;
  return body.namedChildren.every((s) => {
    if (!s) return true;
    if (s.type === 'pass_statement' || s.type === 'comment') return true;
    if (s.type === 'expression_statement' && s.namedChildCount === 1) {
      const e = s.namedChild(0);
      return e?.type === 'string' || e?.type === 'ellipsis';
    }
    return false;
  });
}

export function functionCategories(def: SyntaxNode): EdgeCategory[] {
  const out: EdgeCategory[] = [];
  if (def.parent?.type === 'decorated_definition') out.push('decorated');
  if (isAsync(def)) out.push('async');
  if (isMethod(def)) out.push('method');
  for (let p = def.parent; p; p = p.parent) {
    if (isFunction(p)) {
      out.push('nested');
      break;
    }
  }
  if (hasEmptyBody(def)) out.push('empty_body');
  const params = def.childForFieldName('parameters');
  const paramNodes = params?.namedChildren.filter((n): n is SyntaxNode => n !== null) ?? [];
  if (paramNodes.some((p) => p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern' || p.descendantsOfType(['list_splat_pattern', 'dictionary_splat_pattern']).length > 0)) {
    out.push('varargs');
  }
  const annotated = paramNodes.some((p) => p.type === 'typed_parameter' || p.type === 'typed_default_parameter') || def.childForFieldName('return_type') !== null;
  if (!annotated) out.push('no_annotations');
  if (isGenerator(def)) out.push('generator');
  return out;
}
