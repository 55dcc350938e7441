import { withTree } from '../../parse/python.js';
import type { SampleRule } from './rule.js';
import { literalValue } from './type-expr.js';

export interface InferredType {
  /** The type as source text, e.g. `int` or `str | None`. */
  type: string;
  /** What it was inferred from; recorded in meta.tags as inferred_from_<how>. */
  how: 'default' | 'name';
}

function typeOfDefault(text: string): string | null | 'none' {
  return withTree(`_ = ${text}\n`, (tree) => {
    const value = tree.rootNode.descendantsOfType('assignment')[0]?.childForFieldName('right');
    if (!value || tree.rootNode.hasError) return null;
    const v = literalValue(value);
    if (v === null) return 'none';
    if (typeof v === 'boolean') return 'bool';
    if (typeof v === 'string') return 'str';
    if (typeof v === 'number') return value.type === 'float' || (value.type === 'unary_operator' && value.text.includes('.')) ? 'float' : 'int';
    return null;
  });
}

/**
 * The type of an unannotated (or `Any`) parameter: the type of its literal default, else what
 * the rules guess from its name. A `None` default makes the guess optional. Null when neither
 * says anything: the function is then reported and skipped.
 */
export function inferType(name: string, defaultText: string | null, rules: readonly SampleRule[]): InferredType | null {
  const fromDefault = defaultText === null ? null : typeOfDefault(defaultText);
  if (fromDefault && fromDefault !== 'none') return { type: fromDefault, how: 'default' };
  for (const rule of rules) {
    const guess = rule.guessFromName?.(name);
    if (guess) return { type: fromDefault === 'none' ? `${guess} | None` : guess, how: 'name' };
  }
  return null;
}
