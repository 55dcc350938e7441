import { withTree } from '../../parse/python.js';
import { existingDocstring, firstStatement } from './existing-docstring.js';
import { findDef } from './find-defs.js';

/**
 * The code without the docstring of `qualname`: its line(s) go; a body that was only the
 * docstring keeps an `...` so that the def still parses.
 */
export function stripDocstring(code: string, qualname: string): string {
  return withTree(code, (tree) => {
    const def = findDef(tree, qualname);
    const doc = existingDocstring(def);
    if (!doc) return code;
    const stmt = firstStatement(def)!;
    const rest = def.childForFieldName('body')!.namedChildren.filter((n) => n && n.type !== 'comment' && n.id !== stmt.id);
    if (rest.length === 0) return code.slice(0, stmt.startIndex) + '...' + code.slice(stmt.endIndex);
    const from = code.lastIndexOf('\n', stmt.startIndex - 1) + 1;
    const eol = code.indexOf('\n', stmt.endIndex);
    const to = eol < 0 ? code.length : eol + 1;
    if (code.slice(from, stmt.startIndex).trim() !== '' || code.slice(stmt.endIndex, to).trim() !== '') {
      throw new Error(`the docstring of ${qualname} shares its line with other code`);
    }
    return code.slice(0, from) + code.slice(to);
  });
}
