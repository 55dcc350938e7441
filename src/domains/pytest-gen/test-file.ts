import type { Block, TestItem } from './rule.js';

export interface TestFile {
  content: string;
  items: TestItem[];
  /** Top-level names defined in the file (tests and fixtures). */
  definitions: string[];
}

// isort's default order within `from x import ...`: CONSTANTS, Classes, then functions.
function nameRank(name: string): number {
  if (/^[A-Z0-9_]+$/.test(name)) return 0;
  if (/^[A-Z]/.test(name)) return 1;
  return 2;
}

function sortNames(names: Iterable<string>): string[] {
  return [...new Set(names)].sort((a, b) => nameRank(a) - nameRank(b) || (a < b ? -1 : a > b ? 1 : 0));
}

const STDLIB = new Set(['asyncio', 're']);

/** The header isort would write: stdlib, third party, then the module under test. */
function importHeader(module: string, blocks: readonly Block[]): string {
  const modules = [...new Set(blocks.flatMap((b) => b.imports))].sort();
  const groups = [modules.filter((m) => STDLIB.has(m)).map((m) => `import ${m}`), modules.filter((m) => !STDLIB.has(m)).map((m) => `import ${m}`)];
  const names = sortNames(blocks.flatMap((b) => b.names));
  if (names.length) groups.push([`from ${module} import ${names.join(', ')}`]);
  return groups
    .filter((g) => g.length)
    .map((g) => g.join('\n'))
    .join('\n\n');
}

function definedNames(code: string): string[] {
  return [...code.matchAll(/^def (\w+)\(/gm)].map((m) => m[1]);
}

/** A whole test file from its blocks, in order; pytest collects the items in the same order. */
export function renderTestFile(module: string, blocks: readonly Block[]): TestFile {
  const body = blocks.map((b) => b.code.replace(/\n+$/, '')).join('\n\n\n');
  return {
    content: `${importHeader(module, blocks)}\n\n\n${body}\n`,
    items: blocks.flatMap((b) => b.items),
    definitions: blocks.flatMap((b) => definedNames(b.code)),
  };
}
