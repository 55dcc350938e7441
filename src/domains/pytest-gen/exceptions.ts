/**
 * What pytest needs to know about an exception class: the name it prints (`textutils.SlugError`
 * for one defined in the module, `ValueError` for a builtin) and its ancestors, which decide
 * whether `pytest.raises(E)` catches it.
 */
export interface ExceptionClass {
  name: string;
  display: string;
  ancestors: string[];
}

// The builtins the fixtures raise or a test may wrongly expect, with their bases up to Exception.
const BUILTIN_BASES: Record<string, string | null> = {
  Exception: null,
  ArithmeticError: 'Exception',
  LookupError: 'Exception',
  ValueError: 'Exception',
  TypeError: 'Exception',
  RuntimeError: 'Exception',
  AttributeError: 'Exception',
  KeyError: 'LookupError',
  IndexError: 'LookupError',
  ZeroDivisionError: 'ArithmeticError',
  UnicodeError: 'ValueError',
  NotImplementedError: 'RuntimeError',
};

export function isKnownBuiltin(name: string): boolean {
  return name in BUILTIN_BASES;
}

/**
 * Resolves `name` against the module's own classes (name -> first base) and the builtins.
 * Returns null when the chain leaves what is known (a base imported from elsewhere).
 */
export function exceptionClass(name: string, module: string, moduleBases: ReadonlyMap<string, string | null>): ExceptionClass | null {
  const ancestors: string[] = [];
  let current: string | null = name;
  while (current) {
    if (ancestors.includes(current)) return null;
    ancestors.push(current);
    if (moduleBases.has(current)) current = moduleBases.get(current) ?? null;
    else if (current in BUILTIN_BASES) current = BUILTIN_BASES[current];
    else return null;
  }
  if (!ancestors.includes('Exception')) return null;
  return { name, display: moduleBases.has(name) ? `${module}.${name}` : name, ancestors };
}

/** Builtins a test might wrongly expect, none of which `cls` is an instance of. */
export function unrelatedBuiltins(cls: ExceptionClass): string[] {
  return ['TypeError', 'KeyError', 'ValueError', 'RuntimeError', 'ZeroDivisionError', 'IndexError'].filter((b) => !cls.ancestors.includes(b));
}
