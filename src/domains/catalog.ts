import { TrajgenError } from '../errors.js';

/**
 * The one registration of each domain: its name (the command, the output folder, meta.domain),
 * the source folder that implements it, and its defaults. The schema's domain names, the
 * commands' flags, `trajgen all` and the domain loader all derive from this list; adding a
 * domain is an entry here, its folder under src/domains/ and a thin command file.
 */
export const DOMAIN_CATALOG = [
  {
    name: 'lint',
    folder: 'lint',
    defaultCount: 200,
    defaultFixtures: 'fixtures/lint',
    summary: 'Write lint conversations: run ruff-equivalent checks on a whole file, apply safe fixes, report the rest.',
  },
  {
    name: 'test',
    // Not `test/`: a folder of that name reads as the project's own tests.
    folder: 'pytest-gen',
    defaultCount: 150,
    defaultFixtures: 'fixtures/test',
    summary: 'Write test-writing conversations: analyze a function, read its tests, write pytest tests, run them, revise, submit.',
  },
  {
    name: 'docstring',
    folder: 'docstring',
    defaultCount: 150,
    defaultFixtures: 'fixtures/docstring',
    summary: 'Write docstring conversations: read the current docstring and type hints, write a google/numpy/sphinx docstring or skip an adequate one.',
  },
  {
    name: 'sample-data',
    folder: 'sample-data',
    defaultCount: 100,
    defaultFixtures: 'fixtures/sample-data',
    summary: 'Write sample-data conversations: analyze a signature and write normal, edge and large example inputs that bind to it.',
  },
] as const;

export type DomainInfo = (typeof DOMAIN_CATALOG)[number];
export type DomainName = DomainInfo['name'];

export const DOMAIN_NAMES = DOMAIN_CATALOG.map((d) => d.name) as unknown as readonly [DomainName, ...DomainName[]];

export function domainInfo(name: string): DomainInfo {
  const info = DOMAIN_CATALOG.find((d) => d.name === name);
  if (!info) throw new TrajgenError(`unknown domain "${name}"`, [`trajgen has: ${DOMAIN_NAMES.join(', ')}`]);
  return info;
}

/** rules/<domain>/subagent.yaml: the definition the domain ships with. */
export function definitionPathOf(name: DomainName): string {
  return `rules/${name}/subagent.yaml`;
}
