import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Query } from 'web-tree-sitter';
import { loadQuery } from '../parse/load-query.js';
import { projectPath } from '../paths.js';

/** What every rule has, whatever its domain: an identity taken from its file, and its queries. */
export interface DefinedRule {
  /** The file name without extension: `rules/lint/F401.ts` is F401. */
  readonly id: string;
  /** The folder under rules/: lint, test, docstring, sample-data. */
  readonly domain: string;
  /**
   * The tree-sitter query in `rules/<domain>/<id>.scm`, beside the rule, checked against the
   * capture names the rule reads (a bad query is an error, never an empty result).
   */
  query(captures: readonly string[]): Query;
}

const EXT = /\.(ts|js)$/;

/**
 * The identity of the rule module at `moduleUrl` (pass `import.meta.url`): its id is its file
 * name, so a rule cannot claim another's id, and its queries are found beside it. The .scm
 * files live in the source tree, also when the compiled rule runs from dist/.
 */
export function defineRule(moduleUrl: string): DefinedRule {
  const file = fileURLToPath(moduleUrl);
  const id = basename(file).replace(EXT, '');
  const domain = basename(dirname(file));
  return {
    id,
    domain,
    query: (captures) => loadQuery(projectPath('rules', domain, `${id}.scm`), captures),
  };
}
