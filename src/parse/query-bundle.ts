import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Query, type Node, type QueryCapture } from 'web-tree-sitter';
import { displayPath } from '../paths.js';
import { QueryError } from './load-query.js';
import { pythonLanguage } from './python.js';

/**
 * Every .scm file of a folder run as one query. tree-sitter walks the whole tree once per
 * query run, and the lint rules each have their own query: one walk for all of them costs
 * about what one of them did. Each file's capture names get a prefix of their own, so a file's
 * captures come back apart from the others', with their own names, in the order its own query
 * gives them (the tests compare the two on every fixture).
 */
export class QueryBundle {
  private static readonly byFolder = new Map<string, QueryBundle>();
  private static readonly listings = new Map<string, string[]>();

  private constructor(
    private readonly query: Query,
    /** The .scm files, in the order their prefixes number them. */
    private readonly files: readonly string[],
  ) {}

  /** The folder's .scm files, sorted, as paths (read once per folder). */
  static filesOf(folder: string): readonly string[] {
    let all = QueryBundle.listings.get(folder);
    if (!all) {
      all = readdirSync(folder)
        .filter((f) => f.endsWith('.scm'))
        .sort()
        .map((f) => join(folder, f));
      QueryBundle.listings.set(folder, all);
    }
    return all;
  }

  /** The folder's .scm files (all of them, or the `only` ones) as one query, compiled once. */
  static forFolder(folder: string, only?: ReadonlySet<string>): QueryBundle {
    const all = QueryBundle.filesOf(folder);
    const files = only ? all.filter((f) => only.has(f)) : all;
    const key = only ? `${folder}\0${files.join('\0')}` : folder;
    let bundle = QueryBundle.byFolder.get(key);
    if (!bundle) {
      const source = files.map((f, i) => prefixCaptures(readFileSync(f, 'utf8'), `q${i}__`)).join('\n');
      let query: Query;
      try {
        query = new Query(pythonLanguage(), source);
      } catch (e) {
        throw new QueryError(`${displayPath(folder)}: its queries do not compile together: ${(e as Error).message}`);
      }
      bundle = new QueryBundle(query, files);
      QueryBundle.byFolder.set(key, bundle);
    }
    return bundle;
  }

  /** Each file's captures under `root`, by file path. */
  captures(root: Node): Map<string, QueryCapture[]> {
    const out = new Map<string, QueryCapture[]>(this.files.map((f) => [f, []]));
    for (const c of this.query.captures(root)) {
      const m = /^q(\d+)__/.exec(c.name)!;
      out.get(this.files[Number(m[1])])!.push({ ...c, name: c.name.slice(m[0].length) });
    }
    return out;
  }
}

/** The query text with `prefix` put before each capture name (strings and comments untouched). */
export function prefixCaptures(source: string, prefix: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const ch = source[i];
    if (ch === ';') {
      const end = source.indexOf('\n', i);
      const stop = end < 0 ? source.length : end;
      out += source.slice(i, stop);
      i = stop;
    } else if (ch === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (ch === '@') {
      out += `@${prefix}`;
      i++;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
