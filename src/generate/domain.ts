import type { LoadedDefinition } from '../definition/load-definition.js';
import type { DomainName, TrainingExample } from '../schema/conversation.js';

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
  /** The tools and context providers its policies use; an operator's definition must keep them. */
  requiredTools: string[];
  providers: readonly string[];
  loadUnits(ctx: LoadContext): Promise<Unit[]>;
}
