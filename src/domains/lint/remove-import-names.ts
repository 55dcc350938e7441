import type { SyntaxNode } from '../../parse/syntax-node.js';
import type { TextEdit } from './rule.js';

/**
 * ruff (through libcst) drops unused names from an import and keeps the rest as written: each
 * name goes with the comma and spacing after it, and the new last name takes the old last
 * name's trailing comma (unless its own comma carries a comment).
 */
export function removeImportNames(code: string, stmt: SyntaxNode, remove: readonly SyntaxNode[]): TextEdit {
  const aliases = stmt.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);
  const close = stmt.children.find((c) => c?.type === ')') ?? null;
  const listEnd = close ? close.startIndex : aliases[aliases.length - 1].endIndex;
  // The comma segment of alias i runs from its end to the start of the next alias (or the list end).
  const segment = (i: number) => code.slice(aliases[i].endIndex, i + 1 < aliases.length ? aliases[i + 1].startIndex : listEnd);
  const lastSegment = segment(aliases.length - 1);
  const kept = aliases.map((a, i) => ({ a, seg: segment(i) })).filter(({ a }) => !remove.some((r) => r.startIndex === a.startIndex));
  if (kept.length > 0) {
    const last = kept[kept.length - 1];
    const firstLine = last.seg.split('\n')[0];
    if (!(last.seg.includes('\n') && firstLine.includes('#'))) last.seg = lastSegment;
  }
  const head = code.slice(stmt.startIndex, aliases[0].startIndex);
  const tail = code.slice(listEnd, stmt.endIndex);
  return { start: stmt.startIndex, end: stmt.endIndex, text: head + kept.map(({ a, seg }) => a.text + seg).join('') + tail };
}
