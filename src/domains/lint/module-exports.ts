import type { SyntaxNode } from '../../parse/syntax-node.js';
import type { Scope } from './binding.js';

/** Names listed in `__all__` (assigned or `+=` at module level, in `if`/`try` too) count as used. */
export function markExports(root: SyntaxNode, module: Scope): void {
  for (const a of root.descendantsOfType(['assignment', 'augmented_assignment'])) {
    if (!a || a.childForFieldName('left')?.text !== '__all__') continue;
    let owner = a.parent;
    while (owner && owner.type !== 'function_definition' && owner.type !== 'class_definition' && owner.type !== 'lambda') owner = owner.parent;
    if (owner) continue;
    for (const str of a.childForFieldName('right')?.descendantsOfType('string') ?? []) {
      const name = str?.text.replace(/^[rRuU]?(['"])(.*)\1$/s, '$2');
      const b = name ? module.bindings.get(name) : undefined;
      if (b) b.exported = true;
    }
  }
}
