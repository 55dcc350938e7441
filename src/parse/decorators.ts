import type { Node } from 'web-tree-sitter';

/**
 * The decorators of a def as written, without the `@` and without a trailing comment
 * (`@prereleases.setter  # noqa: B027` is `prereleases.setter`): the one reader of decorators
 * for every domain that asks whether a def is a property, an overload or a static method.
 */
export function decoratorNames(def: Node): string[] {
  const outer = def.parent?.type === 'decorated_definition' ? def.parent : null;
  if (!outer) return [];
  return outer.namedChildren
    .filter((c): c is Node => c?.type === 'decorator')
    .map((d) => d.namedChildren.find((c) => c !== null && c.type !== 'comment')?.text ?? d.text.replace(/^@\s*/, ''));
}

/** A property accessor or a typing overload: read or type-checked, never called with inputs. */
export function isAccessorOrOverload(def: Node): boolean {
  return decoratorNames(def).some((d) => /^(property|functools\.cached_property|cached_property|\w+\.(setter|getter|deleter)|(typing\.)?overload)$/.test(d));
}
