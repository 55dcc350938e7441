import type { ContextProvider, ToolImpl } from '../../record/session.js';
import type { Style } from './style.js';
import type { DocstringWorkspace } from './workspace.js';

export interface DocstringReading {
  docstring: string | null;
  has_docstring: boolean;
}

export interface TypeHints {
  parameters: { name: string; annotation: string | null }[];
  return_annotation: string | null;
  has_annotations: boolean;
}

/**
 * The runtime's docstring tools, simulated on the workspace. A class reports its __init__
 * signature (self included, as Python's ast lists it), since that is what its docstring documents.
 */
export function docstringTools(ws: DocstringWorkspace, style: Style): { tools: Record<string, ToolImpl>; providers: Record<string, ContextProvider> } {
  return {
    tools: {
      read_current_docstring: (): DocstringReading => {
        const doc = ws.site().docstring;
        return { docstring: doc ? doc.text : null, has_docstring: doc !== null };
      },
      read_type_hints: (): TypeHints => {
        const sig = ws.site().signature;
        const parameters = (sig?.params ?? []).map((p) => ({ name: p.name, annotation: p.annotation }));
        const ret = sig?.returnAnnotation ?? null;
        return { parameters, return_annotation: ret, has_annotations: ret !== null || parameters.some((p) => p.annotation !== null) };
      },
      write_docstring: (args) => ({ success: true, replaced_existing: ws.write(String(args.docstring)) }),
    },
    providers: { docstring_style: () => style },
  };
}
