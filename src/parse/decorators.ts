import type { Node } from 'web-tree-sitter';
import { isMethod } from './edge-categories.js';

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

/** A method's first parameter (self, cls) is bound by Python, so no caller writes it. */
export function bindsFirstParameter(def: Node): boolean {
  return isMethod(def) && !decoratorNames(def).includes('staticmethod');
}
