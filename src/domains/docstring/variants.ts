import type { Variant } from '../../generate/domain.js';
import { pick, rngFor, shuffled, type Rng } from '../../generate/rng.js';
import type { DocModel } from './model.js';
import { playShape, type DocstringScenario } from './policy.js';
import type { LoadedDocstringRule } from './rules.js';
import { stylesPresent } from './sections/detect-style.js';
import { shapesFor, type Shape } from './shapes.js';
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
  tags: string[];
}

type Base = Omit<DocstringScenario, 'code' | 'style' | 'seed'>;

interface Plan {
  style: Style;
  action: Action;
  code: string;
  shape: Shape;
}

/** The file with the unit's docstring set to `docstring` (null: none). */
function withDocstring(src: UnitSource, docstring: string | null): string {
  return docstring === null ? stripDocstring(src.code, src.qualname) : writeDocstring(src.code, src.qualname, docstring).code;
}

function extractNode(code: string, qualname: string, filePath: string): string {
  return new DocstringWorkspace(code, qualname, filePath).node().text;
}

/** The action a starting file calls for under a style, judged by the rules. */
function actionOf(rules: readonly LoadedDocstringRule[], code: string, qualname: string, style: Style): { action: Action; fired: string[] } {
  const site = siteAndNode(code, qualname, '').site;
  if (!site.docstring || rules.find((r) => r.meta.id === 'missing-docstring')?.detect(site, style)) return { action: 'added', fired: ['missing-docstring'] };
  const fired = rules.filter((r) => r.meta.action === 'updated' && r.detect(site, style) !== null).map((r) => r.meta.id);
  return { action: fired.length ? 'updated' : 'skipped', fired };
}

/**
 * Every (style, starting docstring, shape) the unit can show: the fixture as it is, then each
 * rule's aged docstrings. A rule's aged docstring must make that rule fire, or it is a bug.
 */
function allPlans(src: UnitSource, rules: readonly LoadedDocstringRule[]): Plan[] {
  const plans: Plan[] = [];
  const seen = new Set<string>();
  for (const style of STYLES) {
    const starts: { code: string; rule: string | null }[] = [{ code: src.code, rule: null }];
    for (const rule of rules) {
      for (const st of rule.stale(src.model, src.site, style)) starts.push({ code: withDocstring(src, st.docstring), rule: rule.meta.id });
    }
    for (const start of starts) {
      const { action, fired } = actionOf(rules, start.code, src.qualname, style);
      if (start.rule !== null) {
        const expectSkip = start.rule === 'adequate-docstring';
        if (expectSkip ? action !== 'skipped' : !fired.includes(start.rule)) {
          throw new Error(`rules/docstring/${start.rule}: its aged docstring of ${src.qualname} (${style}) is judged ${action} [${fired.join(', ')}]`);
        }
      }
      const key = `${style}\0${start.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const shape of shapesFor(action === 'skipped' ? 'skip' : 'write')) plans.push({ style, action, code: start.code, shape });
    }
  }
  return plans;
}

// Actions take turns so that every style sees added, updated and skipped early in a stream.
const ACTION_TURNS: Action[] = ['added', 'updated', 'skipped', 'updated'];

/** Interleaves plans by style and action, seeded; the fixture as it is comes first. */
function ordered(plans: Plan[], src: UnitSource, rng: Rng): Plan[] {
  const own = src.site.docstring ? stylesPresent(src.site.docstring.text) : [];
  const firstStyle = own.length === 1 ? own[0] : pick(rng, STYLES);
  const firsts = shuffled(rng, plans.filter((p) => p.code === src.code && p.style === firstStyle));
  const buckets = new Map<string, Plan[]>();
  for (const p of shuffled(rng, plans)) {
    if (p === firsts[0]) continue;
    const k = `${p.style}/${p.action}`;
    buckets.set(k, [...(buckets.get(k) ?? []), p]);
  }
  const styleTurns = shuffled(rng, STYLES);
  // The turns start right after the first plan's action, so a short run still mixes actions.
  const from = firsts.length ? ACTION_TURNS.indexOf(firsts[0].action) + 1 : 0;
  const actionTurns = [...ACTION_TURNS.slice(from), ...ACTION_TURNS.slice(0, from)];
  const out: Plan[] = firsts.length ? [firsts[0]] : [];
  for (let k = 0; out.length < plans.length; k++) {
    // 3 styles and 4 action turns are coprime: every (style, action) pair comes up within 12.
    const style = styleTurns[k % 3];
    const want = actionTurns[k % actionTurns.length];
    const order = [want, ...actionTurns.filter((a) => a !== want)];
    const styles = [style, ...styleTurns.filter((s) => s !== style)];
    let next: Plan | undefined;
    for (const a of order) {
      for (const s of styles) {
        next = buckets.get(`${s}/${a}`)?.shift();
        if (next) break;
      }
      if (next) break;
    }
    if (!next) break;
    out.push(next);
  }
  return out;
}

export function* unitVariants(src: UnitSource, base: Base, rules: readonly LoadedDocstringRule[], rng: Rng): Generator<Variant> {
  const plans = ordered(allPlans(src, rules), src, rng);
  for (const [i, plan] of plans.entries()) {
    yield {
      nodeCode: extractNode(plan.code, src.qualname, src.filePath),
      build: (seed) =>
        playShape({ ...base, code: plan.code, style: plan.style, seed }, plan.shape, rngFor(seed, 'docstring-summary', src.filePath, src.qualname, String(i))).example,
    };
  }
}
