import type { LoadedDefinition } from '../definition/load-definition.js';
import { definitionPathOf, domainInfo, type DomainName } from '../domains/catalog.js';
import type { PythonSource } from '../parse/discover-sources.js';
import type { TrainingExample } from '../schema/conversation.js';
import type { Shape } from '../shapes/schema.js';
import type { ShapeVocabulary } from '../shapes/vocabulary.js';
import type { ReadyRecord } from './ready-record.js';
import type { Rng } from './rng.js';

export interface LoadContext {
  /** Absolute path of the fixtures folder. */
  fixturesDir: string;
  /** Its usable Python files, read and parsed once (unreadable, non-UTF-8, too long, broken and copied files already left out and reported). */
  sources: readonly PythonSource[];
  definition: LoadedDefinition;
  /** The shapes in play (the domain's shapes.yaml or --shapes, less those the definition cannot call). */
  shapes: readonly Shape[];
  strict: boolean;
  /** lint only: the most lines an example shows (--max-lines). */
  maxLines?: number;
  /** A problem the user should see; under --strict the domain throws a FixtureError instead. */
  warn(message: string): void;
  /** Counts a function, class or file the domain found but cannot use, by reason (for the summary). */
  skipUnit(reason: string): void;
}

export interface Variant {
  /** The code of the node the model is shown; eval and train never share one. */
  nodeCode: string;
  /** Plays the variant; null when the policy's story does not happen on it (a miss, never written). */
  build(seed: number): TrainingExample | null;
  /** The example already checked and serialised (a lane worker's), instead of build. */
  ready?(seed: number): ReadyRecord | null;
}

export interface Unit {
  /** Stable, e.g. `fixtures/docstring/geometry.py::Polygon.area`. */
  id: string;
  /** The file it comes from (display path): eval holds out whole files. */
  file: string;
  /** Edge categories of the unit's code; empty for an ordinary unit. */
  categories: string[];
  /**
   * Variants of the unit playing `shape`, lazily and deterministically per rng. A null is a try
   * that gave nothing (the situation did not fit, the policy's story did not happen): the
   * stream counts it as a miss. The stream ends when the unit has no more of that shape.
   */
  variants(shape: Shape, rng: Rng): Iterable<Variant | null>;
}

export interface Domain {
  name: DomainName;
  defaultCount: number;
  defaultFixtures: string;
  definitionPath: string;
  /** rules/<domain>/shapes.yaml: the declared mix. */
  shapesPath: string;
  /** The source folder under src/domains/ (the catalog entry's). */
  folder: string;
  /** The context providers the simulated tools can answer for. */
  providers: readonly string[];
  /** What shapes.yaml may name: steps, predicates, summary placeholders. */
  vocabulary: ShapeVocabulary<never>;
  loadUnits(ctx: LoadContext): Promise<Unit[]>;
  /**
   * Its lanes may be played in worker threads: loading its units again is cheap and has no side
   * effects, and a unit's variants depend only on the unit, the shape and the rng.
   */
  parallel: boolean;
}

/** A domain's implementation joined to its catalog entry (src/domains/catalog.ts), its one registration. */
export function defineDomain<S>(name: DomainName, impl: { providers: readonly string[]; vocabulary: ShapeVocabulary<S>; loadUnits(ctx: LoadContext): Promise<Unit[]>; parallel?: boolean }): Domain {
  const info = domainInfo(name);
  return {
    name: info.name,
    folder: info.folder,
    defaultCount: info.defaultCount,
    defaultFixtures: info.defaultFixtures,
    definitionPath: definitionPathOf(info.name),
    shapesPath: `rules/${info.name}/shapes.yaml`,
    providers: impl.providers,
    vocabulary: impl.vocabulary as ShapeVocabulary<never>,
    loadUnits: impl.loadUnits,
    parallel: impl.parallel ?? false,
  };
}
