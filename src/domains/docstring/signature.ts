import type { Node } from 'web-tree-sitter';
import { readParameters } from '../../parse/parameters.js';

/** One parameter as written in the def header. */
export interface SignatureParam {
  /** With its stars: `*args`, `**kwargs`. */
  name: string;
  annotation: string | null;
  hasDefault: boolean;
}

/** The parameters of a function_definition in source order, as Python's ast lists them. */
export function signatureParams(def: Node): SignatureParam[] {
  return readParameters(def).map((p) => ({ name: p.shown, annotation: p.annotation, hasDefault: p.default !== null }));
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
