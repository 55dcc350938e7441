import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Domain } from '../generate/domain.js';
import { codePath, moduleExtension } from '../paths.js';

/** Every domain is `src/domains/<name>/domain.ts` exporting `domain`; no list to edit. */
export async function loadDomain(name: string): Promise<Domain> {
  const file = codePath('src', 'domains', name.replace('-', '_'), `domain${moduleExtension}`);
  if (!existsSync(file)) throw new Error(`trajgen has no ${name} domain yet (${file} is missing)`);
  const mod = (await import(pathToFileURL(file).href)) as { domain: Domain };
  return mod.domain;
}

export function availableDomains(): string[] {
  const order = ['lint', 'test', 'docstring', 'sample-data'];
  const dir = codePath('src', 'domains');
  const present = new Set(
    readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(codePath('src', 'domains', d.name, `domain${moduleExtension}`)))
      .map((d) => d.name.replace('_', '-')),
  );
  return order.filter((d) => present.has(d));
}
