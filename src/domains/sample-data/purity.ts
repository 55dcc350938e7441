import type { Node } from 'web-tree-sitter';
import { loadQuery } from '../../parse/load-query.js';
import { isMethod } from '../../parse/edge-categories.js';
import { projectPath } from '../../paths.js';

const CAPTURES = ['call.name', 'call.object', 'effect'] as const;

// Builtins and modules whose calls reach outside the function (files, network, clock, randomness).
const IO_BUILTINS = new Set(['open', 'print', 'input', 'exec', 'eval', 'breakpoint', '__import__', 'exit', 'quit']);
const IO_ROOTS = new Set(['os', 'sys', 'subprocess', 'socket', 'shutil', 'requests', 'urllib', 'http', 'httpx', 'time', 'random', 'logging', 'logger', 'log', 'pathlib', 'Path', 'asyncio', 'smtplib', 'sqlite3', 'tempfile', 'uuid', 'secrets', 'datetime', 'self', 'cls', 'db', 'session', 'client']);

function rootOf(n: Node): Node {
  let cur = n;
  while (cur.type === 'attribute' || cur.type === 'call' || cur.type === 'subscript') {
    const next = cur.childForFieldName(cur.type === 'attribute' ? 'object' : cur.type === 'call' ? 'function' : 'value');
    if (!next) break;
    cur = next;
  }
  return cur;
}

function enclosingFunction(n: Node): Node | null {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_definition') return p;
  return null;
}

/**
 * A function the truth check may call with the fixtures: a module-level function whose own
 * body does no I/O, keeps no outside state and awaits nothing. Methods need an instance and
 * nested functions their closure, so neither is called.
 */
export function isPure(def: Node): boolean {
  if (isMethod(def) || enclosingFunction(def) !== null) return false;
  const query = loadQuery(projectPath('src/domains/sample-data/purity.scm'), CAPTURES);
  for (const c of query.captures(def)) {
    if (enclosingFunction(c.node)?.id !== def.id) continue;
    if (c.name === 'effect') return false;
    if (c.name === 'call.name' && IO_BUILTINS.has(c.node.text)) return false;
    if (c.name === 'call.object') {
      const root = rootOf(c.node);
      if (root.type === 'identifier' && IO_ROOTS.has(root.text)) return false;
    }
  }
  return true;
}
