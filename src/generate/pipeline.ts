import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { loadDefinition, checkProviders, type LoadedDefinition } from '../definition/load-definition.js';
import { CapacityError, DefinitionError, FixtureError, TrajgenError } from '../errors.js';
import { discoverSources, type SourceReport } from '../parse/discover-sources.js';
import { initPython } from '../parse/python.js';
import { displayPath, projectPath } from '../paths.js';
import { loadShapes, renormalised } from '../shapes/load-shapes.js';
import { MixStream } from '../shapes/mix-stream.js';
import type { Shape } from '../shapes/schema.js';
import { AtomicJsonl } from './atomic-jsonl.js';
import { DiskBudget } from './disk-budget.js';
import { yieldToLoop } from './yield-to-loop.js';
import { limitHeapGrowth } from './heap-growth.js';
import { OutputFolder } from './output-folder.js';
import { DigestSet } from './digest-set.js';
import { LanePool } from './lanes/lane-pool.js';
import type { Domain, Unit, Variant } from './domain.js';
import { readyRecord, type ReadyRecord } from './ready-record.js';
import { rngFor, type Rng } from './rng.js';
import { orderEvalFiles } from './select-eval-files.js';
import { SummaryTally, type Summary } from './summary.js';

/** How far (in share points) train's mix may drift from the declared one before the run fails. */
export const MIX_TOLERANCE = 0.02;

export interface GenerateOptions {
  domain: Domain;
  count: number;
  split: number;
  seed: number;
  outDir: string;
  fixturesDir?: string;
  definitionPath?: string;
  /** A shapes.yaml of the operator's, instead of rules/<domain>/shapes.yaml. */
  shapesPath?: string;
  strict?: boolean;
  /** Validate every example against the zod schema and the format rules (on by default). */
  validate?: boolean;
  onProgress?: (written: number, total: number) => void;
  onWarning?: (message: string) => void;
  /**
   * Worker threads that play lanes beside the main thread (domains marked parallel only); the
   * output is the same bytes with any number. Default: none below 1,000 examples (starting a
   * worker costs more than it saves), else one less than the cores, at most 3.
   */
  workers?: number;
  /** lint only: the most lines an example shows (default LINT_MAX_LINES). */
  maxLines?: number;
}

/** The rng of a lane (a unit playing a shape): the same in the main thread and in a lane worker. */
export function laneRng(seed: number, domainName: string, unitId: string, shapeName: string): Rng {
  return rngFor(seed, domainName, 'variants', unitId, shapeName);
}

/**
 * Items a lane worker makes ahead of what the main thread has taken, per lane. 6 was no faster
 * than 2 at 10,000 examples: the two threads together are as busy as the cores let them be.
 */
const LANE_AHEAD = 2;

export function defaultWorkers(count: number): number {
  return count < 1000 ? 0 : Math.max(0, Math.min(3, availableParallelism() - 1));
}

export function splitCounts(count: number, split: number): { train: number; eval: number } {
  const train = Math.round(count * split);
  return { train, eval: count - train };
}

export function checkGenerateOptions(count: number, split: number): void {
  if (!Number.isInteger(count) || count < 1) throw new TrajgenError(`--count must be a whole number of at least 1, got ${count}`);
  if (!(split > 0 && split <= 1)) throw new TrajgenError(`--split must be a fraction in (0, 1], got ${split}`, ['Use e.g. --split 0.9 for 90% train, 10% eval.']);
}

function assertFixturesDir(dir: string): void {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    // reported below
  }
  if (!isDir) throw new FixtureError(displayPath(dir), null, 'fixtures folder does not exist', ['Pass an existing folder with --fixtures.']);
}

/**
 * The shapes the definition can play: a shape calling a tool the definition lacks is dropped
 * with one warning, and the rest share its weight; none left is an error naming the tools.
 */
function playableShapes(shapes: readonly Shape[], definition: LoadedDefinition, warn: (msg: string) => void): Shape[] {
  const missing = (s: Shape) => s.tools.filter((t) => !definition.tool(t));
  const kept = shapes.filter((s) => missing(s).length === 0);
  const dropped = shapes.filter((s) => missing(s).length > 0);
  if (kept.length === 0) {
    const tools = [...new Set(dropped.flatMap(missing))];
    throw new DefinitionError(definition.path, 'tools', `has no ${tools.map((t) => `"${t}"`).join(', ')}, which every shape of this domain calls`, ['Add the tools, or pass --shapes with shapes that use only the tools you have.']);
  }
  if (dropped.length > 0) {
    const tools = [...new Set(dropped.flatMap(missing))];
    warn(`${definition.path} has no ${tools.join(', ')}: shapes ${dropped.map((s) => s.name).join(', ')} are left out and the rest share their weight`);
  }
  return renormalised(kept);
}

export interface PreparedRun {
  definition: LoadedDefinition;
  shapes: Shape[];
  shapesFile: string;
  units: Unit[];
  warnings: string[];
  files: SourceReport;
  /** Units the domain found but could not use, by reason. */
  skippedUnits: Record<string, number>;
}

/** Loads the definition, the shapes and the fixtures: everything that can fail before output is opened. */
export async function prepare(options: GenerateOptions): Promise<PreparedRun> {
  const { domain } = options;
  const warnings: string[] = [];
  const warn = (msg: string) => {
    warnings.push(msg);
    options.onWarning?.(msg);
  };
  const definition = loadDefinition(resolve(options.definitionPath ?? projectPath(domain.definitionPath)));
  definition.warnings.forEach(warn);
  checkProviders(definition, domain.providers);
  const shapesPath = resolve(options.shapesPath ?? projectPath(domain.shapesPath));
  const shapes = playableShapes(loadShapes(shapesPath, domain.vocabulary), definition, warn);
  const fixturesDir = resolve(options.fixturesDir ?? projectPath(domain.defaultFixtures));
  assertFixturesDir(fixturesDir);
  await initPython();
  const strict = options.strict ?? false;
  const { sources, report: files } = discoverSources(fixturesDir, { strict, warn });
  if (files.found === 0) throw new FixtureError(displayPath(fixturesDir), null, 'fixtures folder has no .py files', ['Point --fixtures at a folder of Python files.']);
  const skippedUnits: Record<string, number> = {};
  const skipUnit = (reason: string) => {
    skippedUnits[reason] = (skippedUnits[reason] ?? 0) + 1;
  };
  const units = sources.length ? await domain.loadUnits({ fixturesDir, sources, definition, shapes, strict, warn, skipUnit, maxLines: options.maxLines }) : [];
  if (units.length === 0) {
    const why = Object.entries({ ...files.skipped, ...skippedUnits }).map(([reason, n]) => `${n} ${reason}`);
    throw new FixtureError(displayPath(fixturesDir), null, `no usable ${domain.name} units found${why.length ? ` (skipped: ${why.join('; ')})` : ''}`, [
      'Check the warnings above; the fixtures may have no functions or only broken ones.',
    ]);
  }
  return { definition, shapes, shapesFile: displayPath(shapesPath), units, warnings, files, skippedUnits };
}

/** Units found (usable or not), those with an example written, and why the rest have none. */
function unitReport(units: readonly Unit[], used: ReadonlySet<string>, heldFiles: ReadonlySet<string>, skipped: Record<string, number>): Summary['units'] {
  const out = { ...skipped };
  const bump = (reason: string) => (out[reason] = (out[reason] ?? 0) + 1);
  for (const u of units) {
    if (used.has(u.id)) continue;
    if (heldFiles.has(u.file) && u.categories.length === 0) bump('in a held-out file, not an edge case');
    else bump('not needed at this --count');
  }
  const found = units.length + Object.values(skipped).reduce((a, b) => a + b, 0);
  return { found, used: used.size, skipped: Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** The largest --count whose train part is at most `trainCap` and whose eval part is at most `evalCap`. */
export function largestCount(split: number, trainCap: number, evalCap: number): number {
  const byTrain = trainCap / split;
  const byEval = split < 1 ? evalCap / (1 - split) : Infinity;
  let n = Math.floor(Math.min(byTrain, byEval)) + 2;
  while (n > 1 && (Math.round(n * split) > trainCap || n - Math.round(n * split) > evalCap)) n--;
  return n;
}

/** The most train examples that keep a shape within MIX_TOLERANCE of its share when only `count` of it exist. */
function trainHoldingMix(count: number, share: number): number {
  return share <= MIX_TOLERANCE ? Infinity : Math.floor(count / (share - MIX_TOLERANCE));
}

/**
 * Writes <out>/<domain>/train.jsonl and eval.jsonl with the declared shape mix. Eval is drawn
 * from the edge units of held-out files (no code of theirs reaches train); both files are
 * streamed to temp files and renamed only when the whole run succeeded.
 */
export async function generate(options: GenerateOptions): Promise<Summary> {
  const started = process.hrtime.bigint();
  checkGenerateOptions(options.count, options.split);
  // Before the workers start, so that their heaps grow by the same rule.
  limitHeapGrowth();
  const { domain, seed } = options;
  const workers = domain.parallel ? (options.workers ?? defaultWorkers(options.count)) : 0;
  // The workers load the units while the main thread does: start-up is paid once, not twice.
  const starting = workers > 0 ? LanePool.start({ domain: domain.name, fixturesDir: options.fixturesDir, definitionPath: options.definitionPath, shapesPath: options.shapesPath, strict: options.strict, maxLines: options.maxLines, seed, validate: options.validate ?? true, ahead: LANE_AHEAD }, workers) : null;
  // Handled now, awaited below: a worker failing while the main thread still loads must not be
  // an unhandled rejection, which ends the process before either error is reported.
  starting?.catch(() => undefined);
  let prepared: PreparedRun;
  try {
    prepared = await prepare(options);
  } catch (e) {
    // The main thread's error names the fault; a worker's start, failing the same way, is dropped.
    await starting?.then((p) => p.close()).catch(() => undefined);
    throw e;
  }
  const pool = await starting;
  // With workers, each phase's units (eval's, then train's) are dealt in turn: the main thread
  // keeps every workers+1-th and plays it itself while the workers fill the others. Dealt per
  // phase rather than over all units, so that neither phase leans on one thread whatever the
  // files' order: over all units, the main thread of a lint run with one worker had 5 of the 8
  // eval units and the worker 14 of the 26 train units. (At 10,000 examples the time moved
  // less than the noise: 15.5 s against 15.3-15.9 s.)
  const deal: Deal = pool ? (list) => list.map((u, i) => (i % (workers + 1) === 0 ? u : { ...u, variants: (shape: Shape) => pool.variants(u, i, shape) })) : (list) => list;
  try {
    return await generateWith(options, prepared, deal, started);
  } finally {
    await pool?.close();
  }
}

/** Which thread plays each unit of a phase's list: the list, some units' variants made by a worker. */
type Deal = (list: readonly Unit[]) => readonly Unit[];

async function generateWith(options: GenerateOptions, prepared: PreparedRun, deal: Deal, started: bigint): Promise<Summary> {
  const { domain, seed } = options;
  const { shapes, shapesFile, warnings, files: sourceReport, skippedUnits, units } = prepared;
  const warn = (msg: string) => {
    warnings.push(msg);
    options.onWarning?.(msg);
  };
  const want = splitCounts(options.count, options.split);
  const validate = options.validate ?? true;
  const rngOf = (unit: Unit, shape: Shape) => laneRng(seed, domain.name, unit.id, shape.name);

  // Eval: the edge units of whole held-out files, with the same mix. The held-out files do
  // not depend on --count, so train's supply does not either and a suggested count holds.
  const { held } = orderEvalFiles(units, rngFor(seed, domain.name, 'eval-files'));
  const heldFiles = new Set(want.eval > 0 ? held : []);
  if (want.eval > 0 && heldFiles.size === 0) {
    throw new CapacityError(`${domain.name}: eval holds out whole files, so that no eval code is seen in train, and the fixtures have only one file`, [
      'Use --split 1 (no eval), or add Python files to the fixtures folder.',
    ]);
  }
  const heldUnits = units.filter((u) => heldFiles.has(u.file));
  const evalUnits = heldUnits.some((u) => u.categories.length > 0) ? heldUnits.filter((u) => u.categories.length > 0) : heldUnits;
  const outDir = resolve(options.outDir, domain.name);
  const files = { train: join(outDir, 'train.jsonl'), eval: join(outDir, 'eval.jsonl') };
  const folder = new OutputFolder(outDir);
  const writers = { train: null as AtomicJsonl | null, eval: null as AtomicJsonl | null };
  try {
    writers.train = new AtomicJsonl(folder.path('train.jsonl'));
    writers.eval = new AtomicJsonl(folder.path('eval.jsonl'));
    const disk = new DiskBudget(folder.staging, options.count);
    const edgeCategories = new Set(units.flatMap((u) => u.categories));
    const tally = new SummaryTally();
    const seenLines = new DigestSet();
    const evalCodes = new DigestSet();
    const shownCodes = new DigestSet();
    const usedUnits = new Set<string>();
    let written = 0;

    const emit = (variant: Variant, split: 'train' | 'eval', shape: Shape, unit: Unit): boolean => {
      let record: ReadyRecord | null;
      if (variant.ready) record = variant.ready(seed);
      else {
        const example = variant.build(seed);
        record = example && readyRecord(example, domain.name, validate);
      }
      if (record === null) return false;
      const { line, facts } = record;
      if (facts.shape !== shape.name) throw new Error(`${domain.name}: asked for shape ${shape.name}, the unit played ${facts.shape}`);
      if (!seenLines.add(line)) return false;
      writers[split]!.write(line);
      disk.check(written + 1, writers.train!.bytes + writers.eval!.bytes);
      tally.add(facts, split, edgeCategories);
      usedUnits.add(unit.id);
      shownCodes.add(variant.nodeCode);
      written++;
      if (written % 250 === 0) options.onProgress?.(written, options.count);
      return true;
    };

    const evalStream = new MixStream(shapes, deal(evalUnits), rngOf);
    let evalWritten = 0;
    while (evalWritten < want.eval) {
      await yieldToLoop();
      const next = evalStream.next();
      if (!next) break;
      const used = emit(next.variant, 'eval', next.shape, next.unit);
      next.report(used);
      if (used) {
        evalCodes.add(next.variant.nodeCode);
        evalWritten++;
      }
    }
    // Short of eval, the run still plays train up to the count eval allows, so the count it
    // suggests is one that then succeeds.
    const evalShort = evalWritten < want.eval;
    const evalCap = evalShort ? evalWritten : want.eval;
    const evalBound = largestCount(options.split, Infinity, evalCap);
    const trainWant = evalShort ? Math.round(evalBound * options.split) : want.train;
    const evalShortfall = (max: number) =>
      new CapacityError(
        `${domain.name}: the ${heldFiles.size} held-out files can give only ${evalWritten} distinct eval examples, and --count ${options.count} --split ${options.split} needs ${want.eval}`,
        [`Use --count ${max} or less, raise --split, or add fixtures with edge cases (decorated, async, methods, ...).`],
      );

    // Train: every unit of the other files. A shape that runs dry ends the run as soon as the
    // declared mix can no longer hold at this count.
    const trainUnits = units.filter((u) => !heldFiles.has(u.file));
    const trainStream = new MixStream(shapes, deal(trainUnits), rngOf, (shape, count) => {
      const maxTrain = trainHoldingMix(count, shape.share);
      if (count === 0 || maxTrain >= trainWant) return;
      const max = largestCount(options.split, maxTrain, evalCap);
      // Blame eval only where eval is what binds; otherwise the dry shape is the reason.
      if (evalShort && max >= evalBound) throw evalShortfall(max);
      throw new CapacityError(
        `${domain.name}: shape ${shape.name} ran dry after ${count} train examples, so its declared share of ${(shape.share * 100).toFixed(1)}% holds only up to --count ${max}`,
        [`Use --count ${max} or less, lower ${shape.name}'s weight in a --shapes file, or add fixtures.`],
      );
    });
    let trainWritten = 0;
    while (trainWritten < trainWant) {
      await yieldToLoop();
      const next = trainStream.next();
      if (!next) break;
      if (evalCodes.has(next.variant.nodeCode)) {
        next.report(false);
        continue;
      }
      const used = emit(next.variant, 'train', next.shape, next.unit);
      next.report(used);
      if (used) trainWritten++;
    }
    if (trainWritten < trainWant) {
      const max = largestCount(options.split, trainWritten, evalCap);
      if (evalShort && max >= evalBound) throw evalShortfall(max);
      throw new CapacityError(
        `${domain.name}: the fixtures can give only ${trainWritten + evalWritten} distinct examples (${trainWritten} train + ${evalWritten} eval), --count ${options.count} needs ${want.train} train`,
        [`Use --count ${max} or less, or add fixtures.`],
      );
    }
    if (evalShort) throw evalShortfall(largestCount(options.split, Infinity, evalCap));
    const inPlay = trainStream.shapesInPlay();
    for (const s of shapes) {
      if (!inPlay.some((p) => p.name === s.name)) warn(`${shapesFile}: no unit can play shape ${s.name} (when: ${s.when.join(', ') || 'always'}); it is left out and the others share its weight`);
    }
    writers.train.commit();
    writers.eval.commit();
    folder.commit();
    options.onProgress?.(written, options.count);
    return {
      domain: domain.name,
      seed,
      count: options.count,
      train: trainWritten,
      eval: evalWritten,
      files: { train: displayPath(files.train), eval: displayPath(files.eval) },
      shapes_file: shapesFile,
      sources: sourceReport,
      units: unitReport(units, usedUnits, heldFiles, skippedUnits),
      distinct_code_per_1000: Math.round((shownCodes.size / Math.max(1, written)) * 1000),
      mix: tally.mix(inPlay),
      ...tally.result(),
      eval_units: evalUnits.map((u) => u.id).sort(),
      eval_files: [...heldFiles].sort(),
      warnings,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } catch (e) {
    writers.train?.abort();
    writers.eval?.abort();
    folder.abort();
    throw e;
  }
}
