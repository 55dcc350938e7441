import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readYaml, type ReadYaml } from '../../yaml/read-yaml.js';
import { FixtureError } from '../../errors.js';
import type { LoadContext } from '../../generate/domain.js';
import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import { displayPath } from '../../paths.js';
import { CuratedModuleSchema, type CuratedModule } from './curated.js';
import { buildModule } from './load-module.js';
import type { FixtureModule } from './model.js';
import { verifyCases } from './verify-cases.js';
import { withTree } from '../../parse/python.js';
import type { SampleRule } from '../sample-data/rule.js';
import { observeModule, type Observation } from './observe/observe.js';
import { planCalls, type PlannedCall } from './observe/plan-calls.js';

/** A problem with one fixture: an error under --strict, else a warning and the part is skipped. */
function report(ctx: Pick<LoadContext, 'strict' | 'warn'>, file: string, line: number | null, problem: string, suggestion: string): void {
  reportFixtureProblem(ctx, new FixtureError(file, line, problem, [suggestion]));
}

function readCurated(ctx: Pick<LoadContext, 'strict' | 'warn'>, path: string): CuratedModule | null {
  const file = displayPath(path);
  let yaml: ReadYaml;
  try {
    yaml = readYaml(readFileSync(path, 'utf8'), file);
  } catch (e) {
    if (!(e instanceof FixtureError)) throw e;
    reportFixtureProblem(ctx, e);
    return null;
  }
  const parsed = CuratedModuleSchema.safeParse(yaml.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    report(ctx, file, yaml.lineOf(at), `${at.join('.') || '(top level)'}: ${issue.message}`, 'Compare with fixtures/test/textutils.yaml.');
    return null;
  }
  return parsed.data;
}

/** The dotted import path of a file under the fixtures root (`pystdlib/textwrap.py` -> `pystdlib.textwrap`), or null. */
export function dottedModule(root: string, abs: string): string | null {
  const parts = relative(root, abs).replace(/\.py$/, '').split(sep);
  if (parts[parts.length - 1] === '__init__') parts.pop();
  return parts.length > 0 && parts.every((p) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(p)) ? parts.join('.') : null;
}

/** Observed functions as curated ones: the calls they answered, with what they did. */
/** A module without curated cases, observed: its functions with at least two cases, one of them a value. */
function observedModule(ctx: Pick<LoadContext, 'fixturesDir' | 'strict' | 'warn' | 'skipUnit'>, module: string, abs: string, file: string, source: string, rules: readonly SampleRule[]): FixtureModule | null {
  const seedFile = relative(ctx.fixturesDir, abs).split(sep).join('/');
  const { calls, skipped } = withTree(source, (tree) => planCalls(tree, file, rules, seedFile));
  skipped.forEach((s) => ctx.skipUnit(s.reason));
  if (calls.length === 0) return null;
  const fns = [...new Set(calls.map((c) => c.fn))];
  const observed = observeModule(ctx.fixturesDir, module, abs, calls);
  if (observed.import !== null) {
    fns.forEach(() => ctx.skipUnit('its module cannot be imported and run safely'));
    reportFixtureProblem(ctx, new FixtureError(file, null, `cannot observe module ${module}: ${observed.import}`, ['Run trajgen on a folder whose modules import without side effects, or add a curated <module>.yaml.']), 'its functions are skipped');
    return null;
  }
  const curated = observedCurated(observed.results, calls);
  for (const fn of fns) {
    const reason = observed.results.find((o) => o.fn === fn && o.skip !== undefined && !curated.functions[fn])?.skip;
    const cases = curated.functions[fn]?.cases ?? [];
    if (cases.length >= 2 && cases.some((c) => 'returns' in c)) continue;
    delete curated.functions[fn];
    ctx.skipUnit(reason ?? 'fewer than two observed cases, or no returned value');
  }
  const { module: built, problems } = buildModule(module, file, `${file} (observed)`, source, curated);
  for (const p of problems) ctx.skipUnit(p.fn === null ? 'the module does not parse' : 'an observed case trajgen cannot write as a test');
  return built && built.functions.length ? built : null;
}

function observedCurated(observations: readonly Observation[], calls: readonly PlannedCall[]): CuratedModule {
  const functions: CuratedModule['functions'] = {};
  for (const o of observations) {
    if (o.skip !== undefined) continue;
    const call = calls.find((c) => c.fn === o.fn && c.id === o.id)!.call;
    const cases = (functions[o.fn] ??= { cases: [] }).cases;
    if (o.returns !== undefined) cases.push({ id: o.id, call, returns: o.returns });
    else cases.push({ id: o.id, call, raises: o.raises!, message: o.message! });
  }
  return { functions };
}

/**
 * Every Python file of the fixtures folder as a module of functions under test. A module with a
 * curated `<module>.yaml` beside it uses those cases, all checked in one python3 run (a
 * function whose cases the code disagrees with is reported and dropped). Any other module is
 * observed: its public functions and methods are called with generated arguments in a guarded
 * python3 process, and what they deterministically return or raise becomes the cases. What
 * cannot be used is counted by reason.
 */
export function loadFixtureModules(ctx: Pick<LoadContext, 'fixturesDir' | 'sources' | 'definition' | 'strict' | 'warn' | 'skipUnit'>, rules: readonly SampleRule[]): FixtureModule[] {
  const modules: FixtureModule[] = [];
  const curatedOf = new Map<FixtureModule, CuratedModule>();
  for (const { abs: path, path: file, text } of ctx.sources) {
    const stem = dottedModule(ctx.fixturesDir, path);
    const curatedPath = path.replace(/\.py$/, '.yaml');
    if (stem === null) {
      ctx.skipUnit('a file whose path is not an importable module name');
      continue;
    }
    if (!existsSync(curatedPath)) {
      const module = observedModule(ctx, stem, path, file, text, rules);
      if (module) modules.push(module);
      continue;
    }
    const curated = readCurated(ctx, curatedPath);
    if (!curated) continue;
    const { module, problems } = buildModule(stem, file, displayPath(curatedPath), text, curated);
    for (const p of problems) report(ctx, p.fn === null ? file : displayPath(curatedPath), p.line, p.message, 'Fix the fixture or its curated cases.');
    if (module) {
      modules.push(module);
      curatedOf.set(module, curated);
    }
  }
  const curatedModules = modules.filter((m) => curatedOf.has(m));
  if (curatedModules.length === 0) return modules.filter((m) => m.functions.length > 0);
  const request = {
    modules: curatedModules.map((m) => ({ dir: ctx.fixturesDir, module: m.name, functions: m.functions.map((fn) => ({ name: fn.qualName, cases: curatedOf.get(m)!.functions[fn.qualName].cases })) })),
  };
  const problems = verifyCases(request, curatedModules.map((m) => createHash('sha256').update(m.source).digest('hex')));
  if (problems === null) {
    const message = 'python3 is not available, so the curated cases were not checked against the functions';
    if (ctx.strict) throw new FixtureError(displayPath(ctx.fixturesDir), null, message, ['Install python3 3.11 or drop --strict.']);
    ctx.warn(message);
    return modules;
  }
  for (const p of problems) {
    const m = modules.find((x) => x.name === p.module)!;
    const what = p.function === null ? p.problem : `${p.function} case ${p.case}: \`${p.call}\` ${p.problem}`;
    report(ctx, p.function === null ? m.file : m.curatedFile, null, `${what}; no examples are made from ${p.function ?? 'this module'}`, 'Correct the curated case (or the function).');
    if (p.function === null) m.functions = [];
    else m.functions = m.functions.filter((fn) => fn.qualName !== p.function);
  }
  return modules.filter((m) => m.functions.length > 0);
}
