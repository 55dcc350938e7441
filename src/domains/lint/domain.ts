import { defineDomain, type LoadContext, type Unit, type Variant } from '../../generate/domain.js';
import { DigestSet } from '../../generate/digest-set.js';
import type { Rng } from '../../generate/rng.js';
import { fileNode } from '../../parse/discover-nodes.js';
import type { Shape } from '../../shapes/schema.js';
import { fits } from '../../shapes/vocabulary.js';
import { FixtureError } from '../../errors.js';
import { reportFixtureProblem } from '../../generate/report-fixture-problem.js';
import { codeCategories, reportCategories } from './categories.js';
import { isPackageInit } from './package-init.js';
import { lineEndingsOf, shown, toLf, type LineEndings } from './line-endings.js';
import { FindingsCache } from './findings-cache.js';
import { playShape, type LintScenario } from './policy.js';
import { loadLintRules, ruffConfigText, ruffSelection, type LoadedLintRule } from './rules.js';
import { vocabulary } from './shape-vocabulary.js';
import type { Injection } from './rule.js';
import { toReport } from './tools.js';
import { LintVersions, type Version } from './versions.js';
import { LINT_MAX_LINES, lineCount, piecesOf } from './pieces.js';

// Versions tried per file and shape; the stream's miss count decides dryness long before.
const MAX_VERSIONS = 1_000_000;

type Base = Omit<LintScenario, 'node' | 'tags' | 'code' | 'endings'>;

/**
 * `piece`: which piece of a long file `code` is (1-based), cut from it with \n endings.
 * `maxLines`: a version an injection made longer than that is a miss.
 */
function lintUnit(file: string, code: string, endings: LineEndings, base: Base, maxLines: number, piece?: number): Unit {
  const packageInit = isPackageInit(file);
  const versions = new LintVersions(code, base.rules, base.cache, packageInit, piece !== undefined);
  return {
    id: piece === undefined ? file : `${file}#${piece}`,
    file,
    categories: codeCategories(code),
    *variants(shape: Shape, rng: Rng): Generator<Variant | null> {
      // Digests, not texts: a unit may try thousands of versions on a long run.
      const seen = new DigestSet();
      const refused = new Set<Injection>();
      const firsts = versions.firsts();
      for (let i = 0; i < MAX_VERSIONS; i++) {
        const v: Version | null = i < firsts.length ? firsts[i] : versions.next(shape.when, rng, refused);
        // A version too long to show is not marked seen: it is a miss each time it comes back.
        if (!v || lineCount(v.code) > maxLines || !seen.add(v.code)) {
          yield null;
          continue;
        }
        const state = base.cache.state(v.code, { packageInit, withCategories: true });
        const first = toReport(state.findings);
        if (!fits(vocabulary, shape.when, { first })) {
          yield null;
          continue;
        }
        const tags = [...state.categories!, ...reportCategories(first), ...(v.origin === 'original' ? [] : [v.origin]), ...(v.mutated ? ['mutated'] : [])].sort();
        const node = fileNode(shown(v.code, endings), file);
        yield { nodeCode: node.text, build: (seed) => playShape({ ...base, node, tags, code: v.code, endings }, shape, seed) };
      }
    },
  };
}

export const domain = defineDomain('lint', {
  providers: ['ruff_config'],
  // Units are files read again in a moment; versions are seeded by the file and the lane's rng.
  parallel: true,
  vocabulary,
  async loadUnits(ctx: LoadContext) {
    const rules: readonly LoadedLintRule[] = await loadLintRules();
    const base: Base = { definition: ctx.definition, rules, cache: new FindingsCache(rules), ruffConfig: ruffConfigText(ruffSelection(rules)) };
    const units: Unit[] = [];
    const max = ctx.maxLines ?? LINT_MAX_LINES;
    for (const s of ctx.sources) {
      const endings = lineEndingsOf(s.text);
      if (!endings) {
        reportFixtureProblem(ctx, new FixtureError(s.path, null, 'mixes line endings (or has a lone CR), which ruff reads as other lines than an editor shows'), 'skipped');
        continue;
      }
      // Every version is made and linted with \n endings; the model sees the file's own.
      const code = toLf(s.text);
      if (lineCount(code) <= max) {
        units.push(lintUnit(s.path, code, endings, base, max));
        continue;
      }
      const cut = piecesOf(code, max, base.cache, isPackageInit(s.path));
      if (cut.pieces.length === 0) ctx.skipUnit(`a file over ${max} lines even without the functions and classes nothing refers to`);
      cut.pieces.forEach((piece, i) => units.push(lintUnit(s.path, piece, endings, base, max, i + 1)));
    }
    return units;
  },
});
