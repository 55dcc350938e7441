import type { Node } from 'web-tree-sitter';
import { shuffled, type Rng } from '../../generate/rng.js';
import { withTree } from '../../parse/python.js';

const DEFS = new Set(['function_definition', 'class_definition', 'decorated_definition']);

function defName(stmt: Node): string | null {
  const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
  return def?.childForFieldName('name')?.text ?? null;
}

export interface Block {
  /** Line range [from, to), 0-based. */
  from: number;
  to: number;
  /** The body it sits in (the module, or a class) and how many statements that body has. */
  body: number;
  bodySize: number;
}

/**
 * Top-level definitions and methods that nothing else in the file refers to by name (as a
 * name, an attribute or a string such as an __all__ entry). Dunder methods stay: Python calls
 * them without naming them.
 */
export function removableBlocks(code: string): Block[] {
  return withTree(code, (tree) => {
    const root = tree.rootNode;
    // Where each name is used, read once: a real-size file has thousands of identifiers and
    // hundreds of blocks to test against them.
    const uses = new Map<string, number[]>();
    for (const id of root.descendantsOfType('identifier')) {
      if (!id) continue;
      const at = uses.get(id.text);
      if (at) at.push(id.startIndex, id.endIndex);
      else uses.set(id.text, [id.startIndex, id.endIndex]);
    }
    const usedOutside = (name: string, stmt: Node) => {
      const at = uses.get(name) ?? [];
      for (let i = 0; i < at.length; i += 2) if (at[i] < stmt.startIndex || at[i + 1] > stmt.endIndex) return true;
      return false;
    };
    const strings = new Set(root.descendantsOfType('string_content').map((n) => n?.text));
    const out: Block[] = [];
    const visit = (body: Node) => {
      const stmts = body.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
      stmts.forEach((stmt, i) => {
        if (!DEFS.has(stmt.type)) return;
        const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
        if (def?.type === 'class_definition') {
          const classBody = def.childForFieldName('body');
          if (classBody) visit(classBody);
        }
        const name = defName(stmt);
        if (!name || /^__\w+__$/.test(name) || strings.has(name)) return;
        if (usedOutside(name, stmt)) return;
        // The block takes the blank lines and comments between it and the statement before it,
        // so the spacing of what stays is the file's own.
        const prev = stmts[i - 1];
        out.push({ from: prev ? prev.endPosition.row + 1 : stmt.startPosition.row, to: stmt.endPosition.row + 1, body: body.id, bodySize: stmts.length });
      });
    };
    visit(root);
    return out;
  });
}

/**
 * A smaller real file: the same module without some of its functions, classes and methods
 * (only ones nothing else in it refers to), so the code that stays is untouched and still
 * means what it meant. The blocks holding any of the `without` lines (1-based) always go. No
 * class is left empty. Null when that is impossible or nothing would change. `blocks` are the
 * code's removable blocks, for a caller that cuts the same code again and again.
 */
export function subFile(code: string, rng: Rng, without: readonly number[] = [], blocks: readonly Block[] = removableBlocks(code)): string | null {
  const inside = (b: Block, line: number) => line - 1 >= b.from && line - 1 < b.to;
  // The innermost block holding a line is the one to drop (a method rather than its class).
  const must = new Set<Block>();
  for (const line of without) {
    const holders = blocks.filter((b) => inside(b, line)).sort((a, b) => a.to - a.from - (b.to - b.from));
    if (!holders.length) return null;
    must.add(holders[0]);
  }
  const free = blocks.filter((b) => !must.has(b) && ![...must].some((m) => b.from >= m.from && b.to <= m.to));
  const extra = shuffled(rng, free).slice(0, Math.floor(rng() * free.length));
  const drop = [...must, ...extra];
  // A body keeps at least one statement.
  const perBody = new Map<number, Block[]>();
  for (const b of drop) perBody.set(b.body, [...(perBody.get(b.body) ?? []), b]);
  for (const [, bs] of perBody) {
    if (bs.length < bs[0].bodySize) continue;
    const spare = bs.find((b) => !must.has(b));
    if (!spare) return null;
    drop.splice(drop.indexOf(spare), 1);
  }
  if (drop.length === 0) return null;
  const lines = code.split('\n');
  const gone = new Set<number>();
  for (const b of drop) for (let l = b.from; l < b.to; l++) gone.add(l);
  return lines.filter((_, i) => !gone.has(i)).join('\n');
}
