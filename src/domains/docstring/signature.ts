import type { Node } from 'web-tree-sitter';

/** One parameter as written in the def header. */
export interface SignatureParam {
  /** With its stars: `*args`, `**kwargs`. */
  name: string;
  annotation: string | null;
  hasDefault: boolean;
}

function splatName(n: Node): string {
  const id = n.namedChildren.find((c) => c?.type === 'identifier');
  return `${n.type === 'list_splat_pattern' ? '*' : '**'}${id?.text ?? ''}`;
}

function paramOf(p: Node): SignatureParam | null {
  switch (p.type) {
    case 'identifier':
      return { name: p.text, annotation: null, hasDefault: false };
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
      return { name: splatName(p), annotation: null, hasDefault: false };
    case 'typed_parameter': {
      const target = p.namedChildren.find((c) => c && c.type !== 'type')!;
      const name = target.type === 'identifier' ? target.text : splatName(target);
      return { name, annotation: p.childForFieldName('type')?.text ?? null, hasDefault: false };
    }
    case 'default_parameter':
      return { name: p.childForFieldName('name')!.text, annotation: null, hasDefault: true };
    case 'typed_default_parameter':
      return { name: p.childForFieldName('name')!.text, annotation: p.childForFieldName('type')?.text ?? null, hasDefault: true };
    default:
      // `*` and `/` separators are markers, not parameters.
      return null;
  }
}

/** The parameters of a function_definition in source order, as Python's ast lists them. */
export function signatureParams(def: Node): SignatureParam[] {
  const params = def.childForFieldName('parameters');
  return (params?.namedChildren ?? []).filter((n): n is Node => n !== null && n.type !== 'comment').map(paramOf).filter((p): p is SignatureParam => p !== null);
}

export function returnAnnotation(def: Node): string | null {
  return def.childForFieldName('return_type')?.text ?? null;
}

const ITERATOR_TYPE = /^(?:typing\.|collections\.abc\.)?(?:Iterator|Iterable|Generator|AsyncIterator|AsyncIterable|AsyncGenerator)\[(.*)\]$/s;

/** The yielded type of an Iterator[X] / Generator[X, ...] annotation: X, or null. */
export function yieldTypeOf(annotation: string | null): string | null {
  const m = annotation ? ITERATOR_TYPE.exec(annotation) : null;
  if (!m) return null;
  let depth = 0;
  for (let i = 0; i < m[1].length; i++) {
    const ch = m[1][i];
    if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) return m[1].slice(0, i).trim();
  }
  return m[1].trim();
}
