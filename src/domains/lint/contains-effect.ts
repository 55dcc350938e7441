import type { SyntaxNode } from '../../parse/syntax-node.js';
import { unparenthesized as unparen } from './parentheses.js';

const LITERALS = new Set([
  'string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'none', 'ellipsis',
  'list', 'tuple', 'set', 'dictionary', 'list_comprehension', 'set_comprehension', 'dictionary_comprehension',
]);
const EFFECTS = new Set([
  'await', 'call', 'dictionary_comprehension', 'generator_expression', 'list_comprehension',
  'set_comprehension', 'subscript', 'yield',
]);
const EMPTY_BUILTINS = new Set(['set', 'list', 'tuple', 'dict', 'frozenset']);

/**
 * ruff's contains_effect: could evaluating this expression do something? Calls, subscripts,
 * awaits and comprehensions could; `list()` and friends could not; an operator could when an
 * operand is not a literal (it may be overloaded).
 */
export function containsEffect(e: SyntaxNode): boolean {
  if (e.type === 'call') {
    const fn = e.childForFieldName('function');
    const args = e.childForFieldName('arguments');
    const empty = args !== null && args.namedChildren.filter((c) => c?.type !== 'comment').length === 0;
    if (empty && fn?.type === 'identifier') return !EMPTY_BUILTINS.has(fn.text);
    return true;
  }
  if (e.type === 'binary_operator') {
    const left = unparen(e.childForFieldName('left')!);
    const right = unparen(e.childForFieldName('right')!);
    if (!LITERALS.has(left.type) || !LITERALS.has(right.type)) return true;
    return containsEffect(left) || containsEffect(right);
  }
  if (EFFECTS.has(e.type)) return true;
  return e.namedChildren.some((c) => c !== null && c.type !== 'comment' && containsEffect(c));
}
