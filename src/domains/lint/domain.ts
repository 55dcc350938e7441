import { defineDomain, type LoadContext, type Unit, type Variant } from '../../generate/domain.js';
import { digest } from '../../generate/digest.js';
import type { Rng } from '../../generate/rng.js';
import { fileNode } from '../../parse/discover-nodes.js';
import type { Shape } from '../../shapes/schema.js';
import { fits } from '../../shapes/vocabulary.js';
import { codeCategories, reportCategories } from './categories.js';
import { FindingsCache } from './findings-cache.js';
import { lintCode } from './linter.js';
import { playShape, type LintScenario } from './policy.js';
import { loadLintRules, ruffConfigText, ruffSelection, type LoadedLintRule } from './rules.js';
import { vocabulary } from './shape-vocabulary.js';
import { toReport } from './tools.js';
import { LintVersions, type Version } from './versions.js';

// Versions tried per file and shape; the stream's miss count decides dryness long before.
const MAX_VERSIONS = 1_000_000;

type Base = Omit<LintScenario, 'node' | 'tags'>;

function lintUnit(file: string, code: string, base: Base): Unit {
  const versions = new LintVersions(code, base.rules, base.cache);
  return {
    id: file,
    file,
    categories: codeCategories(code),
    *variants(shape: Shape, rng: Rng): Generator<Variant | null> {
      const seen = new Set<string>();
      const firsts = versions.firsts();
      for (let i = 0; i < MAX_VERSIONS; i++) {
        const v: Version | null = i < firsts.length ? firsts[i] : versions.next(shape.when, rng);
        // Digests, not texts: a unit may try thousands of versions on a long run.
        const key = v && digest(v.code);
        if (!v || seen.has(key!)) {
          yield null;
          continue;
        }
        seen.add(key!);
        const first = toReport(base.cache.get(v.code, () => lintCode(v.code, base.rules)));
        if (!fits(vocabulary, shape.when, { first })) {
          yield null;
          continue;
        }
        const tags = [...codeCategories(v.code), ...reportCategories(first), ...(v.origin === 'original' ? [] : [v.origin]), ...(v.mutated ? ['mutated'] : [])].sort();
        const node = fileNode(v.code, file);
        yield { nodeCode: v.code, build: (seed) => playShape({ ...base, node, tags }, shape, seed) };
      }
    },
  };
}

export const domain = defineDomain('lint', {
  providers: ['ruff_config'],
  vocabulary,
  async loadUnits(ctx: LoadContext) {
    const rules: readonly LoadedLintRule[] = await loadLintRules();
    const base: Base = { definition: ctx.definition, rules, cache: new FindingsCache(), ruffConfig: ruffConfigText(ruffSelection(rules)) };
    return ctx.sources.map((s) => lintUnit(s.path, s.text, base));
  },
});
