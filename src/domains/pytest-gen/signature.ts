import type { Node } from 'web-tree-sitter';
import { isAsync } from '../../parse/edge-categories.js';
import { readParameters } from '../../parse/parameters.js';

export interface SignatureParameter {
  /** As written, stars included: `text`, `*amounts`, `**options`. */
  name: string;
  /** The annotation's source text, or null. */
  type: string | null;
  /** The default's source text (`"-"`, `0.0`, `None`), or null when there is none. */
  default: string | null;
}

/** What analyze_signature reports: the signature exactly as written in the source. */
export interface Signature {
  function_name: string;
  parameters: SignatureParameter[];
  return_type: string | null;
  is_async: boolean;
}

export function signatureOf(def: Node): Signature {
  return {
    function_name: def.childForFieldName('name')!.text,
    parameters: readParameters(def).map((p) => ({ name: p.shown, type: p.annotation, default: p.default })),
    return_type: def.childForFieldName('return_type')?.text ?? null,
    is_async: isAsync(def),
  };
}
