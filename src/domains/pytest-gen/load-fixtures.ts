import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml, type ReadYaml } from '../../yaml/read-yaml.js';
import { FixtureError } from '../../errors.js';
import type { LoadContext } from '../../generate/domain.js';
import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import { displayPath } from '../../paths.js';
import { CuratedModuleSchema, type CuratedModule } from './curated.js';
import { buildModule } from './load-module.js';
import type { FixtureModule } from './model.js';
import { verifyCases } from './verify-cases.js';

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

/**
 * Every `<module>.py` of the fixtures folder (top level) with its curated `<module>.yaml`,
 * parsed with tree-sitter, then all curated cases checked in one python3 run: a function whose
 * cases the code disagrees with is reported by name and case, and no example is made from it.
 */
export function loadFixtureModules(ctx: Pick<LoadContext, 'fixturesDir' | 'definition' | 'strict' | 'warn'>): FixtureModule[] {
  const modules: FixtureModule[] = [];
  const curatedOf = new Map<FixtureModule, CuratedModule>();
  for (const f of readdirSync(ctx.fixturesDir).filter((n) => n.endsWith('.py')).sort()) {
    const path = join(ctx.fixturesDir, f);
    const stem = f.slice(0, -3);
    const curatedPath = join(ctx.fixturesDir, `${stem}.yaml`);
    if (!/^[a-z_][a-z0-9_]*$/.test(stem)) {
      report(ctx, displayPath(path), null, 'the module name is not a lower_snake_case identifier, so tests cannot import it', 'Rename the file.');
      continue;
    }
    if (!existsSync(curatedPath)) {
      report(ctx, displayPath(path), null, `no curated behaviour: ${stem}.yaml is missing beside it`, 'Add <module>.yaml with the cases of its functions (see fixtures/test/textutils.yaml).');
      continue;
    }
    const curated = readCurated(ctx, curatedPath);
    if (!curated) continue;
    const { module, problems } = buildModule(stem, displayPath(path), displayPath(curatedPath), readFileSync(path, 'utf8'), curated);
    for (const p of problems) report(ctx, p.fn === null ? displayPath(path) : displayPath(curatedPath), p.line, p.message, 'Fix the fixture or its curated cases.');
    if (module) {
      modules.push(module);
      curatedOf.set(module, curated);
    }
  }
  const request = {
    modules: modules.map((m) => ({ dir: ctx.fixturesDir, module: m.name, functions: m.functions.map((fn) => ({ name: fn.qualName, cases: curatedOf.get(m)!.functions[fn.qualName].cases })) })),
  };
  const problems = verifyCases(request, modules.map((m) => createHash('sha256').update(m.source).digest('hex')));
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
