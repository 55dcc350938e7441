import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDefinition, requireTools, type LoadedDefinition } from '../definition/load-definition.js';
import { CapacityError, FixtureError, TrajgenError } from '../errors.js';
import { listPythonFiles } from '../parse/list-python-files.js';
import { initPython } from '../parse/python.js';
import { displayPath, projectPath } from '../paths.js';
import { pyDumps } from '../pyjson/dumps.js';
import { checkExample } from '../record/check-example.js';
import type { TrainingExample } from '../schema/conversation.js';
import { AtomicJsonl } from './atomic-jsonl.js';
import { digest } from './digest.js';
import type { Domain, Unit } from './domain.js';
import { RoundRobin } from './round-robin.js';
import { rngFor, shuffled } from './rng.js';
import { orderEvalUnits } from './select-eval-units.js';
import { SummaryTally, type Summary } from './summary.js';

export interface GenerateOptions {
  domain: Domain;
  count: number;
  split: number;
  seed: number;
  outDir: string;
  fixturesDir?: string;
  definitionPath?: string;
  strict?: boolean;
  /** Validate every example against the zod schema and the format rules (on by default). */
  validate?: boolean;
  onProgress?: (written: number, total: number) => void;
  onWarning?: (message: string) => void;
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
  if (listPythonFiles(dir).length === 0) {
    throw new FixtureError(displayPath(dir), null, 'fixtures folder has no .py files', ['Point --fixtures at a folder of Python files.']);
  }
}

export interface PreparedRun {
  definition: LoadedDefinition;
  units: Unit[];
  warnings: string[];
}

/** Loads the definition and the fixtures: everything that can fail before output is opened. */
export async function prepare(options: GenerateOptions): Promise<PreparedRun> {
  const { domain } = options;
  const warnings: string[] = [];
  const warn = (msg: string) => {
    warnings.push(msg);
    options.onWarning?.(msg);
  };
  const definition = loadDefinition(resolve(options.definitionPath ?? projectPath(domain.definitionPath)));
  definition.warnings.forEach(warn);
  requireTools(definition, domain.requiredTools, domain.providers);
  const fixturesDir = resolve(options.fixturesDir ?? projectPath(domain.defaultFixtures));
  assertFixturesDir(fixturesDir);
  await initPython();
  const units = await domain.loadUnits({ fixturesDir, definition, strict: options.strict ?? false, warn });
  if (units.length === 0) throw new FixtureError(displayPath(fixturesDir), null, `no usable ${domain.name} units found`, ['Check the warnings above; the fixtures may have no functions or only broken ones.']);
  return { definition, units, warnings };
}

/**
 * Writes <out>/<domain>/train.jsonl and eval.jsonl. Eval is drawn from held-out edge units
 * (their node code never reaches train); both files are streamed to temp files and renamed
 * only when the whole run succeeded.
 */
export async function generate(options: GenerateOptions): Promise<Summary> {
  const started = process.hrtime.bigint();
  checkGenerateOptions(options.count, options.split);
  const { domain, seed } = options;
  const { units, warnings } = await prepare(options);
  const want = splitCounts(options.count, options.split);
  const validate = options.validate ?? true;

  const outDir = resolve(options.outDir, domain.name);
  const files = { train: join(outDir, 'train.jsonl'), eval: join(outDir, 'eval.jsonl') };
  const writers = { train: new AtomicJsonl(files.train), eval: null as AtomicJsonl | null };
  try {
    writers.eval = new AtomicJsonl(files.eval);
    const edgeCategories = new Set(units.flatMap((u) => u.categories));
    const tally = new SummaryTally();
    const seenLines = new Set<string>();
    const evalCodes = new Set<string>();
    let written = 0;

    const emit = (example: TrainingExample, split: 'train' | 'eval'): boolean => {
      if (validate) {
        const problems = checkExample(example);
        if (problems.length) throw new Error(`trajgen produced a malformed ${domain.name} example (${example.meta.fixture}): ${problems[0]}`);
      }
      const line = pyDumps(example);
      const key = digest(line);
      if (seenLines.has(key)) return false;
      seenLines.add(key);
      writers[split]!.write(line);
      tally.add(example, split, edgeCategories);
      written++;
      if (written % 250 === 0) options.onProgress?.(written, options.count);
      return true;
    };

    // Eval: hold out edge units in set-cover order. The cover's units are opened together so
    // that a small eval still shows one example of each before any unit repeats; more edge
    // units are held out only when those run dry.
    const { cover, rest } = orderEvalUnits(units, rngFor(seed, domain.name, 'eval-units'));
    const reserve = [...cover, ...rest];
    const heldOut = new Set<string>();
    const evalLanes = new RoundRobin();
    const holdOut = (): boolean => {
      const unit = reserve.shift();
      // At least one unit always stays for train.
      if (!unit || heldOut.size >= units.length - 1) return false;
      heldOut.add(unit.id);
      evalLanes.add(unit.id, unit.variants(rngFor(seed, domain.name, 'variants', unit.id)));
      return true;
    };
    if (want.eval > 0) for (let i = 0; i < Math.min(want.eval, cover.length); i++) holdOut();
    let evalWritten = 0;
    while (evalWritten < want.eval) {
      const next = evalLanes.next();
      if (!next) {
        if (holdOut()) continue;
        break;
      }
      const used = emit(next.variant.build(seed), 'eval');
      next.fresh(used);
      if (used) {
        evalCodes.add(digest(next.variant.nodeCode));
        evalWritten++;
      }
    }
    if (evalWritten < want.eval) {
      throw new CapacityError(
        `${domain.name}: the fixtures can give only ${evalWritten} distinct eval examples from edge-case units, ${want.eval} needed for --count ${options.count} --split ${options.split}`,
        ['Lower --count, raise --split, or add fixtures with edge cases (decorated, async, methods, ...).'],
      );
    }

    // Train: every other unit, interleaved in a seeded order; a variant whose node code is an
    // eval node's code is never used.
    const trainLanes = new RoundRobin();
    for (const unit of shuffled(rngFor(seed, domain.name, 'train-units'), units)) {
      if (!heldOut.has(unit.id)) trainLanes.add(unit.id, unit.variants(rngFor(seed, domain.name, 'variants', unit.id)));
    }
    let trainWritten = 0;
    while (trainWritten < want.train) {
      const next = trainLanes.next();
      if (!next) break;
      if (evalCodes.has(digest(next.variant.nodeCode))) {
        next.fresh(false);
        continue;
      }
      const used = emit(next.variant.build(seed), 'train');
      next.fresh(used);
      if (used) trainWritten++;
    }
    if (trainWritten < want.train) {
      throw new CapacityError(
        `${domain.name}: the fixtures can give only ${trainWritten + evalWritten} distinct examples (${trainWritten} train + ${evalWritten} eval), --count ${options.count} needs ${want.train} train`,
        [`Use --count ${trainWritten + evalWritten} or less, or add fixtures.`],
      );
    }
    writers.train.commit();
    writers.eval.commit();
    options.onProgress?.(written, options.count);
    return {
      domain: domain.name,
      seed,
      count: options.count,
      train: trainWritten,
      eval: evalWritten,
      files: { train: displayPath(files.train), eval: displayPath(files.eval) },
      ...tally.result(),
      eval_units: heldOut.size,
      warnings,
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } catch (e) {
    writers.train.abort();
    writers.eval?.abort();
    throw e;
  }
}
