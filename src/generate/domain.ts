import type { LoadedDefinition } from '../definition/load-definition.js';
import { definitionPathOf, domainInfo, type DomainName } from '../domains/catalog.js';
import type { TrainingExample } from '../schema/conversation.js';

export interface LoadContext {
  /** Absolute path of the fixtures folder. */
  fixturesDir: string;
  definition: LoadedDefinition;
  strict: boolean;
  /** A problem the user should see; under --strict the domain throws a FixtureError instead. */
  warn(message: string): void;
}

export interface Variant {
  /** The code of the node the model is shown; eval and train never share one. */
  nodeCode: string;
  build(seed: number): TrainingExample;
}

export interface Unit {
  /** Stable id, e.g. `fixtures/docstring/geometry.py::Polygon.area`. */
  id: string;
  fixture: string;
  /** Edge categories this unit's first variant shows; empty for an ordinary unit. */
  categories: string[];
  /** Deterministic (per rng) and possibly endless stream of variants, the most telling first. */
  variants(rng: () => number): Iterable<Variant>;
}

export interface Domain {
  name: DomainName;
  defaultCount: number;
  defaultFixtures: string;
  definitionPath: string;
  /** The source folder under src/domains/ (the catalog entry's). */
  folder: string;
  /** The tools and context providers its policies use; an operator's definition must keep them. */
  requiredTools: string[];
  providers: readonly string[];
  loadUnits(ctx: LoadContext): Promise<Unit[]>;
}

/** A domain's implementation joined to its catalog entry (src/domains/catalog.ts), its one registration. */
export function defineDomain(name: DomainName, impl: Pick<Domain, 'requiredTools' | 'providers' | 'loadUnits'>): Domain {
  const info = domainInfo(name);
  return { name: info.name, folder: info.folder, defaultCount: info.defaultCount, defaultFixtures: info.defaultFixtures, definitionPath: definitionPathOf(info.name), ...impl };
}
