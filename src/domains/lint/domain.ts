import { readFileSync } from 'node:fs';
import { defineDomain, type Domain, type LoadContext, type Unit, type Variant } from '../../generate/domain.js';
import { digest } from '../../generate/digest.js';
import { rngFor, shuffled, type Rng } from '../../generate/rng.js';
import { fileNode } from '../../parse/discover-nodes.js';
import { listPythonFiles } from '../../parse/list-python-files.js';
import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import { withTree } from '../../parse/python.js';
import { findSyntaxError } from '../../parse/syntax-error.js';
import { displayPath } from '../../paths.js';
import { FixtureError } from '../../errors.js';
import { lintCategories } from './categories.js';
import { FindingsCache } from './findings-cache.js';
import { lintCode } from './linter.js';
import { injectionSites, mutate } from './mutate.js';
import { playShape, type LintScenario } from './policy.js';
import { loadLintRules, ruffConfigText, ruffSelection, type LoadedLintRule } from './rules.js';
import { SHAPES } from './shapes.js';
import { toReport } from './tools.js';

// A unit whose mutations keep repeating is dry after this many misses in a row.
const MAX_MISSES = 60;
// Shapes tried per distinct code; more would make neighbouring examples near-copies.
const SHAPES_PER_CODE = 3;

type Base = Omit<LintScenario, 'node' | 'tags'> & { path: string };

/**
 * The examples for one version of the file. Shapes are played here, not in build(), because
 * a shape whose story does not happen on this code yields nothing; build() only stamps the seed.
 */
function* variantsOf(code: string, tags: string[], base: Base, rng: Rng): Generator<Variant> {
  const node = fileNode(code, base.path);
  const first = toReport(lintCode(code, base.rules));
  const fitting = SHAPES.filter((s) => s.when(first));
  let made = 0;
  for (const shape of shuffled(rng, fitting)) {
    if (made === SHAPES_PER_CODE) break;
    const example = playShape({ ...base, node, tags }, shape, rngFor(Math.floor(rng() * 2 ** 31), 'lint-summary'));
    if (!example) continue;
    made++;
    yield { nodeCode: code, build: (seed) => ({ ...example, meta: { ...example.meta, seed } }) };
  }
}

function lintUnit(path: string, code: string, rules: readonly LoadedLintRule[], ctx: LoadContext, cache: FindingsCache, ruffConfig: string): Unit {
  const file = displayPath(path);
  const categories = lintCategories(code, lintCode(code, rules));
  return {
    id: file,
    fixture: file,
    categories,
    *variants(rng) {
      const base: Base = { definition: ctx.definition, rules, cache, ruffConfig, seed: 0, path: file };
      yield* variantsOf(code, categories, base, rng);
      const sites = injectionSites(code, rules, rng);
      // Digests, not texts: a unit may try thousands of versions on a 100k-example run.
      const seen = new Set([digest(code)]);
      let misses = 0;
      while (misses < MAX_MISSES) {
        const m = mutate(code, sites, rng);
        if (!m || seen.has(digest(m.code))) {
          misses++;
          continue;
        }
        seen.add(digest(m.code));
        // A version no shape fits (every story ends in a claim the tools would contradict)
        // is a miss too, or a file whose slips always do that would be searched forever.
        let made = 0;
        for (const v of variantsOf(m.code, [...categories.filter((c) => c !== 'already_clean'), 'mutated'], base, rng)) {
          made++;
          yield v;
        }
        misses = made > 0 ? 0 : misses + 1;
      }
    },
  };
}

export const domain: Domain = defineDomain('lint', {
  requiredTools: ['run_linter', 'apply_fix', 'read_file', 'submit_result'],
  providers: ['ruff_config'],
  async loadUnits(ctx) {
    const rules = await loadLintRules();
    const ruffConfig = ruffConfigText(ruffSelection(rules));
    const cache = new FindingsCache();
    const units: Unit[] = [];
    for (const path of listPythonFiles(ctx.fixturesDir)) {
      const code = readFileSync(path, 'utf8');
      const error = withTree(code, findSyntaxError);
      if (error) {
        reportFixtureProblem(ctx, new FixtureError(displayPath(path), error.line, 'syntax error: the file does not parse as Python', ['Fix the file, or drop --strict to skip it.']));
        continue;
      }
      units.push(lintUnit(path, code, rules, ctx, cache, ruffConfig));
    }
    return units;
  },
});
