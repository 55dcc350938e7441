import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { codePath, moduleExtension } from '../paths.js';

export interface DiscoveredRule<M> {
  /** The file name without extension: the rule id. */
  id: string;
  file: string;
  module: M;
  /** The `cases` export of `<id>.cases.ts` beside it, if that file exists. */
  cases: unknown;
}

const cache = new Map<string, Promise<DiscoveredRule<unknown>[]>>();

async function discover(domain: string): Promise<DiscoveredRule<unknown>[]> {
  const dir = codePath('rules', domain);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(moduleExtension) && !f.endsWith(`.cases${moduleExtension}`) && !f.endsWith('.d.ts'))
    .sort();
  const out: DiscoveredRule<unknown>[] = [];
  for (const f of files) {
    const id = f.slice(0, -moduleExtension.length);
    const file = `${dir}/${f}`;
    const module = await import(pathToFileURL(file).href);
    const casesFile = `${dir}/${id}.cases${moduleExtension}`;
    const cases = existsSync(casesFile) ? ((await import(pathToFileURL(casesFile).href)) as { cases?: unknown }).cases : undefined;
    out.push({ id, file, module, cases });
  }
  return out;
}

/**
 * Every rule module under rules/<domain>/ (one file per rule, found by listing the folder, so
 * adding a rule is adding a file). Sorted by id so the order is stable across machines.
 */
export function discoverRules<M>(domain: string): Promise<DiscoveredRule<M>[]> {
  let hit = cache.get(domain);
  if (!hit) {
    hit = discover(domain);
    cache.set(domain, hit);
  }
  return hit as Promise<DiscoveredRule<M>[]>;
}
