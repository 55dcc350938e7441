import type { Unit, Variant } from '../../generate/domain.js';
import { intBetween, pick, shuffled, type Rng } from '../../generate/rng.js';
import { composeFile, playPlan, type Plan, type TestScenario } from './policy.js';
import { SHAPES, needsWrong, type Shape, type Situation } from './shapes.js';
import { wrongExpectations } from './wrong.js';

// A function whose random plans keep repeating is dry after this many misses in a row.
const MAX_MISSES = 40;
const LAYOUTS = ['plain-asserts', 'parametrize', 'fixture'];

export function situationOf(s: Omit<TestScenario, 'tags'>): Situation {
  return { existingFile: s.existing !== null, adequate: s.fn.cases.every((c) => s.fn.existing.includes(c.id)) };
}

/** Edge categories: tree-sitter's for the function, plus what the curated data says. */
export function unitCategories(s: Omit<TestScenario, 'tags'>): string[] {
  const out = [...s.fn.categories];
  if (s.fn.existing.length) out.push('existing_tests');
  if (situationOf(s).adequate) out.push('already_tested');
  if (s.fn.cases.some((c) => c.outcome.kind === 'raises')) out.push('raises');
  return out;
}

function randomPlan(s: TestScenario, shape: Shape, rng: Rng): Plan | null {
  const fresh = s.fn.cases.filter((c) => !s.fn.existing.includes(c.id));
  let chosen: string[] = [];
  if (fresh.length) {
    const k = intBetween(rng, Math.min(2, fresh.length), fresh.length);
    const subset = new Set(shuffled(rng, fresh).slice(0, k).map((c) => c.id));
    // Tests that only check errors say little about the function: keep one value case.
    if (![...subset].some((id) => fresh.find((c) => c.id === id)!.outcome.kind === 'returns')) {
      const value = fresh.find((c) => c.outcome.kind === 'returns');
      if (value) subset.add(value.id);
    }
    chosen = fresh.filter((c) => subset.has(c.id)).map((c) => c.id);
  }
  const layout = pick(rng, LAYOUTS);
  let wrong = null;
  if (needsWrong(shape)) {
    const options = wrongExpectations(s.fn, s.fn.cases.filter((c) => chosen.includes(c.id)));
    if (!options.length) return null;
    wrong = pick(rng, options);
  }
  return { shape, layout, caseIds: chosen, wrong, runWithPath: rng() < 0.5, summarySeed: Math.floor(rng() * 2 ** 31) };
}

/** What makes two plans the same example: the files written and the calls made. */
function planKey(s: TestScenario, plan: Plan): string {
  const writes = plan.shape.steps.some((st) => st.startsWith('write'));
  const files = writes ? [composeFile(s, plan, true).file.content, composeFile(s, plan, false).file.content] : [];
  const runs = plan.shape.steps.includes('run') ? plan.runWithPath : null;
  return JSON.stringify([plan.shape.name, runs, files]);
}

/** One unit per function under test; its variants are distinct plans, played lazily. */
export function testUnit(scenario: Omit<TestScenario, 'tags'>): Unit {
  const categories = unitCategories(scenario);
  const s: TestScenario = { ...scenario, tags: categories };
  const situation = situationOf(s);
  const fitting = SHAPES.filter((shape) => shape.when(situation));
  return {
    id: `${s.module.file}::${s.fn.qualName}`,
    fixture: s.module.file,
    categories,
    *variants(rng: Rng): Generator<Variant> {
      const seen = new Set<string>();
      let misses = 0;
      while (misses < MAX_MISSES) {
        // The single-turn shape leads for a function that is already tested: it is the case to learn.
        const shape = seen.size === 0 && situation.adequate ? fitting[0] : pick(rng, fitting);
        const plan = randomPlan(s, shape, rng);
        const key = plan && planKey(s, plan);
        if (!plan || !key || seen.has(key)) {
          misses++;
          continue;
        }
        misses = 0;
        seen.add(key);
        yield { nodeCode: s.fn.node.text, build: (seed) => playPlan(s, plan, seed) };
      }
    },
  };
}
