import type { Variant } from '../../generate/domain.js';
import { shuffled, type Rng } from '../../generate/rng.js';
import type { Shape } from '../../shapes/schema.js';
import { fits } from '../../shapes/vocabulary.js';
import type { DocModel } from './model.js';
import { playShape, type DocstringScenario } from './policy.js';
import type { LoadedDocstringRule } from './rules.js';
import { vocabulary } from './shape-vocabulary.js';
import { siteAndNode } from './site-cache.js';
import type { DocSite } from './site.js';
import { stripDocstring } from './strip-docstring.js';
import { STYLES, type Action, type Style } from './style.js';
import { DocstringWorkspace } from './workspace.js';
import { writeDocstring } from './write-docstring.js';

export interface UnitSource {
  code: string;
  qualname: string;
  filePath: string;
  site: DocSite;
  model: DocModel;
  /** Edge categories of the definition's code (its docstring aside). */
  tags: string[];
}

type Base = Omit<DocstringScenario, 'code' | 'style'>;

/** One way a conversation can start: the file (its docstring as found, or aged) under a style. */
export interface Start {
  style: Style;
  code: string;
  action: Action;
  problems: string[];
}

/** The file with the unit's docstring set to `docstring` (null: none). */
function withDocstring(src: UnitSource, docstring: string | null): string {
  return docstring === null ? stripDocstring(src.code, src.qualname) : writeDocstring(src.code, src.qualname, docstring).code;
}

function extractNode(code: string, qualname: string, filePath: string): string {
  return new DocstringWorkspace(code, qualname, filePath).node().text;
}

/** The action a starting file calls for under a style, judged by the rules. */
function judge(rules: readonly LoadedDocstringRule[], code: string, qualname: string, style: Style): { action: Action; problems: string[] } {
  const site = siteAndNode(code, qualname, '').site;
  if (!site.docstring || rules.find((r) => r.meta.id === 'missing-docstring')?.detect(site, style)) return { action: 'added', problems: ['missing-docstring'] };
  const problems = rules.filter((r) => r.meta.action === 'updated' && r.detect(site, style) !== null).map((r) => r.meta.id);
  return { action: problems.length ? 'updated' : 'skipped', problems };
}

/**
 * Every (style, starting docstring) the unit can show: the fixture as it is, then each rule's
 * aged docstrings. A rule's aged docstring must make that rule fire, or the rule has a bug.
 */
export function allStarts(src: UnitSource, rules: readonly LoadedDocstringRule[], styles: readonly Style[] = STYLES): Start[] {
  const out: Start[] = [];
  const seen = new Set<string>();
  for (const style of styles) {
    const starts: { code: string; rule: string | null }[] = [{ code: src.code, rule: null }];
    for (const rule of rules) {
      for (const st of rule.stale(src.model, src.site, style)) starts.push({ code: withDocstring(src, st.docstring), rule: rule.meta.id });
    }
    for (const start of starts) {
      const { action, problems } = judge(rules, start.code, src.qualname, style);
      if (start.rule !== null) {
        const expectSkip = start.rule === 'adequate-docstring';
        if (expectSkip ? action !== 'skipped' : !problems.includes(start.rule)) {
          throw new Error(`rules/docstring/${start.rule}: its aged docstring of ${src.qualname} (${style}) is judged ${action} [${problems.join(', ')}]`);
        }
      }
      const key = `${style}\0${start.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ style, code: start.code, action, problems });
    }
  }
  return out;
}

/** The unit's starts that fit the shape's predicates, in a seeded order, each played on demand. */
export function* unitVariants(src: UnitSource, base: Base, starts: readonly Start[], shape: Shape, rng: Rng): Generator<Variant> {
  for (const start of shuffled(rng, starts.filter((st) => fits(vocabulary, shape.when, st)))) {
    yield {
      nodeCode: extractNode(start.code, src.qualname, src.filePath),
      build: (seed) => playShape({ ...base, code: start.code, style: start.style }, shape, seed),
    };
  }
}
