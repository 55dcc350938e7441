import type { Param } from './signature.js';

/**
 * What `inspect.signature(f).bind(**fixture)` raises for this fixture, word for word (Python
 * 3.11's Signature._bind with keyword arguments only), or null when it binds.
 */
export function bindProblem(params: readonly Param[], fixture: Record<string, unknown>): string | null {
  const left = new Set(Object.keys(fixture));
  let hasVarKeyword = false;
  for (const p of params) {
    if (p.kind === 'var_keyword') {
      hasVarKeyword = true;
      continue;
    }
    if (p.kind === 'var_positional') continue;
    if (!left.has(p.name)) {
      if (p.default === null) return `missing a required argument: '${p.name}'`;
      continue;
    }
    if (p.kind === 'positional_only') return `'${p.name}' parameter is positional only, but was passed as a keyword`;
    left.delete(p.name);
  }
  if (left.size > 0 && !hasVarKeyword) return `got an unexpected keyword argument '${[...left][0]}'`;
  return null;
}
