import type { Node } from 'web-tree-sitter';
import { isAsync } from '../../parse/edge-categories.js';

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

function parameterOf(p: Node): SignatureParameter | null {
  switch (p.type) {
    case 'identifier':
    case 'list_splat_pattern':
    case 'dictionary_splat_pattern':
      return { name: p.text, type: null, default: null };
    case 'typed_parameter':
      return { name: p.namedChildren.find((c) => c && c.type !== 'type')!.text, type: p.childForFieldName('type')!.text, default: null };
    case 'default_parameter':
      return { name: p.childForFieldName('name')!.text, type: null, default: p.childForFieldName('value')!.text };
    case 'typed_default_parameter':
      return { name: p.childForFieldName('name')!.text, type: p.childForFieldName('type')!.text, default: p.childForFieldName('value')!.text };
    default:
      // `*` and `/` separators are markers, not parameters; comments are skipped too.
      return null;
  }
}

export function signatureOf(def: Node): Signature {
  const params = def.childForFieldName('parameters');
  return {
    function_name: def.childForFieldName('name')!.text,
    parameters: (params?.namedChildren ?? []).flatMap((p) => {
      const out = p && parameterOf(p);
      return out ? [out] : [];
    }),
    return_type: def.childForFieldName('return_type')?.text ?? null,
    is_async: isAsync(def),
  };
}
