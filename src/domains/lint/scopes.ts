import type { SyntaxNode } from '../../parse/syntax-node.js';
import type { Binding, BindingKind, Scope, ScopeAnalysis, ScopeKind } from './binding.js';
import { markExports } from './module-exports.js';
import type { LintContext } from './rule.js';

export { DUMMY_VARIABLE, finalBindings, type Binding, type Scope, type ScopeAnalysis } from './binding.js';

/**
 * Name binding and use, the way ruff's semantic model sees them (F401 and F841 both read it).
 * Module and class bodies are walked in order; function and lambda bodies are deferred until
 * the module is done, so they see the final binding of every enclosing name. A new binding of
 * a name in the same scope takes over the uses of the one it shadows (ruff copies references),
 * and only the last binding of each name in a scope is judged.
 */
const TUPLE_TARGETS = new Set(['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list']);
const LITERAL_SEQUENCES = new Set(['tuple', 'list', 'set', 'expression_list']);
const COMPREHENSIONS = new Set(['list_comprehension', 'set_comprehension', 'dictionary_comprehension', 'generator_expression']);
const UNBOUND = new Set<BindingKind>(['deletion', 'unbound-except']);

const named = (n: SyntaxNode | null): SyntaxNode[] => (n ? n.namedChildren.filter((c): c is SyntaxNode => c !== null && c.type !== 'comment') : []);
const field = (n: SyntaxNode, name: string): SyntaxNode | null => n.childForFieldName(name);

/** The file's scope analysis, computed once and shared by F401 and F841 (read-only). */
export function scopesOf(ctx: LintContext): ScopeAnalysis {
  return ctx.memo('scopes', () => analyzeScopes(ctx.flat.root));
}

export function analyzeScopes(root: SyntaxNode): ScopeAnalysis {
  const scopes: Scope[] = [];
  const unusedExceptBindings: Binding[] = [];
  const deferred: (() => void)[] = [];
  let scope: Scope = push('module', null);

  function push(kind: ScopeKind, parent: Scope | null): Scope {
    const s: Scope = { kind, parent, bindings: new Map(), moduleImports: new Map(), usesLocals: false };
    scopes.push(s);
    return s;
  }

  function within(s: Scope, fn: () => void): void {
    const saved = scope;
    scope = s;
    try {
      fn();
    } finally {
      scope = saved;
    }
  }

  function bind(name: string, kind: BindingKind, node: SyntaxNode, stmt: SyntaxNode, extra: Partial<Binding> = {}, into: Scope = scope): Binding {
    const b: Binding = { name, kind, node, stmt, used: false, outer: false, target: null, inTuple: false, unpacked: false, exported: false, ...extra };
    const prev = into.bindings.get(name);
    if (prev && kind === 'annotation') return b; // `x: int` after a value leaves the value bound
    if (b.module !== undefined) {
      // An import inside a branch (if/else, try/except) that lies outside the earlier import's block replaces it.
      const block = prev?.stmt.parent;
      const sameBranch = block !== undefined && block !== null && block.startIndex <= stmt.startIndex && stmt.endIndex <= block.endIndex;
      const family = prev?.module !== undefined && sameBranch ? (into.moduleImports.get(name) ?? [prev]) : [];
      into.moduleImports.set(name, [...family, b]);
      if (family.length > 0 && prev!.module !== b.module) {
        into.bindings.set(name, b);
        return b;
      }
    } else into.moduleImports.delete(name); // any other binding hides them all
    if (prev && !UNBOUND.has(prev.kind)) {
      b.used ||= prev.used;
      b.outer ||= prev.outer;
    }
    into.bindings.set(name, b);
    return b;
  }

  function load(name: string, chain = name): void {
    for (let s: Scope | null = scope, index = 0; s; s = s.parent, index++) {
      if (s.kind === 'class' && index > 0) continue; // class names are invisible to nested scopes
      const b = s.bindings.get(name);
      if (!b) continue;
      if (b.module !== undefined && s.moduleImports.has(name)) markModuleImport(s.moduleImports.get(name)!, chain);
      else b.used = true;
      // Using `mp` of `import multiprocessing as mp` also uses an `import multiprocessing.x` (ruff's resolve_submodule).
      if (b.aliasOf && b.aliasOf !== name && s.moduleImports.has(b.aliasOf)) s.bindings.get(b.aliasOf)!.used = true;
      if (b.target) b.target.used = true;
      if (b.kind === 'annotation') continue;
      return;
    }
  }

  /** `os.path.join` uses `import os.path` rather than `import os`; with no match, the first import. */
  function markModuleImport(family: Binding[], chain: string): void {
    const parts = chain.split('.');
    const matches = (m: string) => m.split('.').every((seg, i) => parts[i] === seg);
    const best = Math.max(...family.filter((f) => matches(f.module!)).map((f) => f.module!.length));
    const chosen = Number.isFinite(best) ? family.filter((f) => f.module!.length === best && matches(f.module!)) : [family[0]];
    for (const f of chosen) f.used = true;
  }

  function nearestNonComprehension(): Scope {
    let s = scope;
    while (s.kind === 'comprehension' && s.parent) s = s.parent;
    return s;
  }

  function bindTargets(t: SyntaxNode, kind: BindingKind, stmt: SyntaxNode, flags: { inTuple: boolean; valueIsLiteral: boolean }): void {
    if (t.type === 'identifier') {
      const unpacked = flags.inTuple && !flags.valueIsLiteral;
      bind(t.text, kind, t, stmt, { inTuple: flags.inTuple, unpacked });
    } else if (TUPLE_TARGETS.has(t.type)) {
      for (const c of named(t)) bindTargets(c, kind, stmt, { ...flags, inTuple: true });
    } else if (t.type === 'parenthesized_expression' || t.type === 'list_splat_pattern' || t.type === 'list_splat') {
      for (const c of named(t)) bindTargets(c, kind, stmt, flags);
    } else {
      expr(t); // attribute or subscript targets read their base
    }
  }

  function annotation(t: SyntaxNode | null): void {
    if (!t) return;
    // A string annotation is code: its names are uses, resolved once everything is bound.
    const strings = (t.type === 'string' ? [t] : t.descendantsOfType('string').filter((s): s is SyntaxNode => s !== null)).filter((s) => !inLiteral(s));
    if (strings.length === 0) return expr(t);
    const at = scope;
    deferred.push(() =>
      within(at, () => {
        for (const s of strings) {
          // Quoted text inside the annotation (`"Literal['a']"`) is a value, not a name.
          const code = s.text.replace(/^\w*(['"]{1,3})([\s\S]*)\1$/, '$2').replace(/(['"])[^'"]*\1/g, '');
          for (const m of code.matchAll(/(?<![.\w])[A-Za-z_]\w*/g)) load(m[0]);
        }
      }),
    );
    expr(t);
  }

  function parameters(params: SyntaxNode | null, declare: boolean): void {
    for (const p of named(params)) {
      const name = p.type === 'identifier' ? p : (field(p, 'name') ?? named(p).find((c) => c.type === 'identifier') ?? named(named(p)[0]).find((c) => c.type === 'identifier'));
      if (!declare) {
        annotation(field(p, 'type'));
        const value = field(p, 'value');
        if (value) expr(value);
      } else if (name) bind(name.text, 'argument', name, p);
    }
  }

  function functionDef(fn: SyntaxNode): void {
    parameters(field(fn, 'parameters'), false);
    annotation(field(fn, 'return_type'));
    const name = field(fn, 'name')!;
    bind(name.text, 'function', name, fn);
    const outer = scope;
    deferred.push(() => {
      const s = push('function', outer);
      within(s, () => {
        parameters(field(fn, 'parameters'), true);
        stmt(field(fn, 'body'));
      });
    });
  }

  function lambda(l: SyntaxNode): void {
    parameters(field(l, 'parameters'), false);
    const outer = scope;
    deferred.push(() => {
      const s = push('lambda', outer);
      within(s, () => {
        parameters(field(l, 'parameters'), true);
        expr(field(l, 'body'));
      });
    });
  }

  function comprehension(c: SyntaxNode): void {
    const clauses = named(c).filter((n) => n.type === 'for_in_clause' || n.type === 'if_clause');
    // The first iterable is evaluated in the enclosing scope.
    expr(field(clauses[0], 'right'));
    within(push('comprehension', scope), () => {
      clauses.forEach((clause, i) => {
        if (clause.type === 'if_clause') return named(clause).forEach(expr);
        if (i > 0) expr(field(clause, 'right'));
        bindTargets(field(clause, 'left')!, 'loop-var', c, { inTuple: false, valueIsLiteral: false });
      });
      expr(field(c, 'body'));
    });
  }

  function expr(e: SyntaxNode | null): void {
    if (!e) return;
    switch (e.type) {
      case 'identifier':
        return load(e.text, attributeChain(e));
      case 'attribute':
        return expr(field(e, 'object'));
      case 'keyword_argument':
        return expr(field(e, 'value'));
      case 'lambda':
        return lambda(e);
      case 'named_expression': {
        expr(field(e, 'value'));
        const name = field(e, 'name')!;
        bind(name.text, 'named-expr', name, e, {}, nearestNonComprehension());
        return;
      }
      case 'call': {
        const fn = field(e, 'function');
        if (fn?.type === 'identifier' && fn.text === 'locals') scope.usesLocals = true;
        // `cast("IO[str]", x)`: the string is a type expression, like a string annotation.
        const first = named(field(e, 'arguments'))[0];
        if (fn && /^(\w+\.)?cast$/.test(fn.text) && first?.type === 'string') annotation(first);
        break;
      }
    }
    if (COMPREHENSIONS.has(e.type)) return comprehension(e);
    named(e).forEach(expr);
  }

  function assignment(a: SyntaxNode, statement: SyntaxNode): void {
    const targets: SyntaxNode[] = [];
    let value: SyntaxNode | null = a;
    while (value?.type === 'assignment') {
      targets.push(field(value, 'left')!);
      if (field(value, 'type')) annotation(field(value, 'type'));
      value = field(value, 'right');
    }
    if (!value) {
      // `x: int` binds nothing a reader can use, but does declare the name.
      const t = targets[0];
      if (t.type === 'identifier') bind(t.text, 'annotation', t, statement);
      else expr(t);
      return;
    }
    expr(value);
    const valueIsLiteral = LITERAL_SEQUENCES.has(value.type);
    for (const t of targets) bindTargets(t, 'assignment', statement, { inTuple: false, valueIsLiteral });
  }

  function exceptClause(c: SyntaxNode): void {
    const value = field(c, 'value');
    let bound: Binding | null = null;
    let prev: Binding | undefined;
    if (value?.type === 'as_pattern') {
      expr(named(value)[0]);
      const name = named(field(value, 'alias'))[0];
      if (name?.type === 'identifier') {
        prev = scope.bindings.get(name.text);
        bound = bind(name.text, 'except', name, c);
      }
    } else expr(value);
    for (const b of named(c)) if (b.type === 'block') stmt(b);
    if (!bound) return;
    if (!bound.used) unusedExceptBindings.push(bound);
    if (prev) scope.bindings.set(bound.name, prev);
    else scope.bindings.set(bound.name, { ...bound, kind: 'unbound-except' });
  }

  function importStatement(s: SyntaxNode): void {
    for (const alias of s.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null)) {
      if (alias.type === 'aliased_import') {
        const as = field(alias, 'alias')!;
        const kind = s.type === 'import_statement' ? 'import' : 'from-import';
        const path = field(alias, 'name')!.text.replace(/\s+/g, '');
        bind(as.text, kind, as, s, { exported: as.text === path, aliasOf: kind === 'import' ? path : undefined });
      } else if (s.type === 'import_statement') {
        const parts = named(alias);
        bind(parts[0].text, parts.length > 1 ? 'submodule-import' : 'import', alias, s, { module: parts.map((p) => p.text).join('.') });
      } else {
        bind(alias.text, 'from-import', alias, s);
      }
    }
  }

  /** `case Point(x=px) | [px, *rest] as whole:` binds px, rest and whole; `Color.RED` and `Point` are uses. */
  function pattern(p: SyntaxNode, clause: SyntaxNode): void {
    const ids = (n: SyntaxNode) => named(n).filter((c) => c.type === 'identifier');
    switch (p.type) {
      case 'dotted_name':
        if (ids(p).length === 1) bind(p.text, 'assignment', ids(p)[0], clause);
        else load(ids(p)[0].text);
        return;
      case 'class_pattern': {
        const [cls, ...args] = named(p);
        load(ids(cls)[0].text);
        return args.forEach((a) => pattern(a, clause));
      }
      case 'keyword_pattern':
        return named(p).slice(1).forEach((a) => pattern(a, clause));
      case 'splat_pattern':
      case 'as_pattern': {
        named(p).filter((c) => c.type !== 'identifier').forEach((c) => pattern(c, clause));
        const name = ids(p).pop();
        if (name) bind(name.text, 'assignment', name, clause);
        return;
      }
      default:
        return named(p).forEach((c) => pattern(c, clause));
    }
  }

  function stmt(s: SyntaxNode | null): void {
    if (!s) return;
    switch (s.type) {
      case 'module':
      case 'block':
      case 'else_clause':
      case 'finally_clause':
        return named(s).forEach(stmt);
      case 'import_statement':
      case 'import_from_statement':
        return importStatement(s);
      case 'future_import_statement':
        return;
      case 'decorated_definition':
        named(s).filter((c) => c.type === 'decorator').forEach((d) => named(d).forEach(expr));
        return stmt(field(s, 'definition'));
      case 'function_definition':
        return functionDef(s);
      case 'class_definition': {
        expr(field(s, 'superclasses'));
        within(push('class', scope), () => stmt(field(s, 'body')));
        const name = field(s, 'name')!;
        bind(name.text, 'class', name, s);
        return;
      }
      case 'expression_statement':
        for (const c of named(s)) {
          if (c.type === 'assignment') assignment(c, s);
          else if (c.type === 'augmented_assignment') {
            expr(field(c, 'right'));
            const left = field(c, 'left')!;
            expr(left);
            if (left.type === 'identifier') bind(left.text, 'assignment', left, s);
          } else expr(c);
        }
        return;
      case 'for_statement':
        expr(field(s, 'right'));
        bindTargets(field(s, 'left')!, 'loop-var', s, { inTuple: false, valueIsLiteral: false });
        stmt(field(s, 'body'));
        return stmt(field(s, 'alternative'));
      case 'while_statement':
      case 'if_statement':
      case 'elif_clause':
        expr(field(s, 'condition'));
        stmt(field(s, 'body') ?? field(s, 'consequence'));
        return s.childrenForFieldName('alternative').forEach((a) => stmt(a));
      case 'try_statement':
        return named(s).forEach((c) => (c.type === 'except_clause' || c.type === 'except_group_clause' ? exceptClause(c) : stmt(c)));
      case 'with_statement':
        for (const item of named(named(s).find((c) => c.type === 'with_clause') ?? null)) {
          const value = field(item, 'value');
          if (value?.type === 'as_pattern') {
            expr(named(value)[0]);
            const target = named(field(value, 'alias'))[0];
            if (target) bindTargets(target, 'with-item', s, { inTuple: false, valueIsLiteral: false });
          } else expr(value);
        }
        return stmt(field(s, 'body'));
      case 'match_statement':
        expr(field(s, 'subject'));
        for (const clause of named(field(s, 'body'))) {
          for (const c of named(clause)) {
            if (c.type === 'case_pattern') pattern(c, clause);
            else if (c.type === 'if_clause') named(c).forEach(expr);
            else if (c.type === 'block') stmt(c);
          }
        }
        return;
      case 'global_statement':
      case 'nonlocal_statement':
        if (scope.kind === 'module') return;
        for (const id of named(s)) {
          let from: Scope | null = scope.parent;
          if (s.type === 'global_statement') while (from?.parent) from = from.parent;
          else while (from && from.kind !== 'function') from = from.parent;
          const target = from?.bindings.get(id.text) ?? null;
          // `nonlocal` needs an existing binding, so ruff counts it as a use of it; `global` does not.
          if (target && s.type === 'nonlocal_statement') target.used = true;
          bind(id.text, s.type === 'global_statement' ? 'global' : 'nonlocal', id, s, { outer: true, target });
        }
        return;
      case 'delete_statement':
        for (const t of named(s).flatMap((c) => (c.type === 'expression_list' ? named(c) : [c]))) {
          expr(t);
          if (t.type === 'identifier') bind(t.text, 'deletion', t, s);
        }
        return;
      default:
        return named(s).forEach((c) => (c.type === 'block' ? stmt(c) : expr(c)));
    }
  }

  stmt(root);
  while (deferred.length) deferred.shift()!();
  markExports(root, scopes[0]);
  return { scopes, unusedExceptBindings };
}

/** `os.path.join` for the `os` of that expression. */
function attributeChain(id: SyntaxNode): string {
  let chain = id.text;
  for (let n: SyntaxNode = id; n.parent?.type === 'attribute' && n.parent.childForFieldName('object')?.id === n.id; n = n.parent) {
    chain += `.${n.parent.childForFieldName('attribute')!.text}`;
  }
  return chain;
}

/** `Literal["json"]`: the strings are values, not forward references. */
function inLiteral(s: SyntaxNode): boolean {
  for (let n = s.parent; n; n = n.parent) {
    // In annotations tree-sitter writes `Literal[...]` as a generic_type, elsewhere as a subscript.
    const head = n.type === 'subscript' ? n.childForFieldName('value') : n.type === 'generic_type' ? n.namedChild(0) : null;
    if (head && /(^|\.)Literal$/.test(head.text)) return true;
  }
  return false;
}
