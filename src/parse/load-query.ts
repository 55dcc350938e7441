import { readFileSync } from 'node:fs';
import { Query } from 'web-tree-sitter';
import { displayPath } from '../paths.js';
import { pythonLanguage } from './python.js';

const cache = new Map<string, Query>();
const paths = new WeakMap<Query, string>();

/** The .scm file a query was loaded from (undefined for one built elsewhere). */
export function scmPathOf(query: Query): string | undefined {
  return paths.get(query);
}

export class QueryError extends Error {}

/**
 * Compiles a .scm query and checks its capture names against the ones the caller reads. A
 * query that does not compile, or captures a name nobody reads, or misses one the caller
 * reads, is an error: an empty result would silently lose findings.
 */
export function loadQuery(scmPath: string, captures: readonly string[]): Query {
  const key = `${scmPath}\0${captures.join(',')}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const source = readFileSync(scmPath, 'utf8');
  let query: Query;
  try {
    query = new Query(pythonLanguage(), source);
  } catch (e) {
    throw new QueryError(`${displayPath(scmPath)}: query does not compile: ${(e as Error).message}`);
  }
  const names = new Set(query.captureNames);
  const unknown = [...names].filter((n) => !captures.includes(n) && !n.startsWith('_'));
  if (unknown.length) throw new QueryError(`${displayPath(scmPath)}: unknown capture @${unknown.join(', @')} (expected ${captures.map((c) => `@${c}`).join(', ')})`);
  const missing = captures.filter((c) => !names.has(c));
  if (missing.length) throw new QueryError(`${displayPath(scmPath)}: capture @${missing.join(', @')} is never used by the query`);
  cache.set(key, query);
  paths.set(query, scmPath);
  return query;
}
