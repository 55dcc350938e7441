import type { SyntaxNode } from '../../parse/syntax-node.js';

/** The names and scopes that src/domains/lint/scopes.ts finds, as ruff's semantic model has them. */
export type BindingKind =
  | 'import' | 'submodule-import' | 'from-import' | 'assignment' | 'named-expr' | 'with-item'
  | 'annotation' | 'argument' | 'loop-var' | 'function' | 'class' | 'global' | 'nonlocal'
  | 'deletion' | 'except' | 'unbound-except';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** Where ruff reports it: the bound identifier (or the imported name / alias). */
  node: SyntaxNode;
  /** The statement that binds it (import, assignment, with, except clause...). */
  stmt: SyntaxNode;
  used: boolean;
  /** Bound through `global` / `nonlocal`: not a local variable. */
  outer: boolean;
  /** For `global x` / `nonlocal x`: the binding the name refers to. */
  target: Binding | null;
  /** An element of a tuple/list target (`a, b = ...`). */
  inTuple: boolean;
  /** Unpacked from a value that is not a literal tuple/list/set: ruff never flags these. */
  unpacked: boolean;
  /** `import os as os`, `from x import a as a`, or named in `__all__`. */
  exported: boolean;
  /** For `import a.b` style bindings: the dotted module path. */
  module?: string;
  /** For `import x as y`: x. */
  aliasOf?: string;
}

export type ScopeKind = 'module' | 'class' | 'function' | 'lambda' | 'comprehension';

export interface Scope {
  kind: ScopeKind;
  parent: Scope | null;
  bindings: Map<string, Binding>;
  /**
   * `import os` and `import os.path` both bind `os` without hiding each other: ruff keeps every
   * such module import and gives a use to the one whose path the attribute chain matches best.
   */
  moduleImports: Map<string, Binding[]>;
  usesLocals: boolean;
}

/** Every binding a scope ends with, plus the module imports that share a name with another. */
export function finalBindings(s: Scope): Binding[] {
  const out = new Set<Binding>(s.bindings.values());
  for (const family of s.moduleImports.values()) for (const b of family) out.add(b);
  return [...out];
}

export interface ScopeAnalysis {
  scopes: Scope[];
  /** `except E as e:` whose `e` is never read inside the handler. */
  unusedExceptBindings: Binding[];
}


/** ruff's default dummy-variable-rgx: names it never reports as unused. */
export const DUMMY_VARIABLE = /^(_+|(_+[a-zA-Z0-9_]*[a-zA-Z0-9]+?))$/;
