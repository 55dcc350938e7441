import { pathToFileURL } from 'node:url';
import type { Domain } from '../generate/domain.js';
import { codePath, moduleExtension } from '../paths.js';
import { DOMAIN_NAMES, domainInfo, type DomainName } from './catalog.js';

/** The implementation of a catalogued domain: src/domains/<folder>/domain.ts exporting `domain`. */
export async function loadDomain(name: string): Promise<Domain> {
  const info = domainInfo(name);
  const file = codePath('src', 'domains', info.folder, `domain${moduleExtension}`);
  const mod = (await import(pathToFileURL(file).href)) as { domain: Domain };
  if (mod.domain?.name !== info.name) throw new Error(`${file} must export the ${info.name} domain`);
  return mod.domain;
}

export function availableDomains(): DomainName[] {
  return [...DOMAIN_NAMES];
}
