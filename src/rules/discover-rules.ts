import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { codePath, displayPath, moduleExtension, projectPath } from '../paths.js';
import type { DefinedRule } from './define-rule.js';

export class RuleFileError extends Error {}

export interface DiscoveredRule<R extends DefinedRule> {
  rule: R;
  /** The rule's source file, for messages: rules/<domain>/<id>.ts. */
  file: string;
  /** The `cases` export of `<id>.cases.ts` beside it: every rule has one. */
  cases: unknown;
}

const cache = new Map<string, Promise<DiscoveredRule<DefinedRule>[]>>();

/** The rule modules of one folder (exported for tests, which point it at a scratch folder). */
export async function discoverRulesIn(dir: string, domain: string): Promise<DiscoveredRule<DefinedRule>[]> {
  const own = dir === codePath('rules', domain);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(moduleExtension) && !f.endsWith(`.cases${moduleExtension}`) && !f.endsWith('.d.ts'))
    .sort();
  const out: DiscoveredRule<DefinedRule>[] = [];
  for (const f of files) {
    const id = f.slice(0, -moduleExtension.length);
    // Name the TypeScript source, not its compiled twin under dist/.
    const source = displayPath(own ? projectPath('rules', domain, `${id}.ts`) : `${dir}/${f}`);
    const module = (await import(pathToFileURL(`${dir}/${f}`).href)) as { default?: Partial<DefinedRule> };
    const rule = module.default;
    if (!rule || rule.id !== id || rule.domain !== domain) {
      throw new RuleFileError(`${source}: a rule file ends with \`export default define...Rule(import.meta.url, {...})\`, which gives it the id ${id}`);
    }
    const casesFile = `${dir}/${id}.cases${moduleExtension}`;
    if (!existsSync(casesFile)) throw new RuleFileError(`${source}: every rule has its cases beside it; ${id}.cases.ts is missing`);
    const cases = ((await import(pathToFileURL(casesFile).href)) as { cases?: unknown }).cases;
    if (cases === undefined) throw new RuleFileError(`${source}: ${id}.cases.ts must export \`cases\``);
    out.push({ rule: rule as DefinedRule, file: source, cases });
  }
  return out;
}

/**
 * Every rule module under rules/<domain>/ (one file per rule, found by listing the folder, so
 * adding a rule is adding a file and its cases). Sorted by id so the order is stable.
 */
export function discoverRules<R extends DefinedRule>(domain: string): Promise<DiscoveredRule<R>[]> {
  let hit = cache.get(domain);
  if (!hit) {
    hit = discoverRulesIn(codePath('rules', domain), domain);
    cache.set(domain, hit);
  }
  return hit as Promise<DiscoveredRule<R>[]>;
}
