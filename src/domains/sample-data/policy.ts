import type { LoadedDefinition } from '../../definition/load-definition.js';
import { digest } from '../../generate/digest.js';
import { rngFor } from '../../generate/rng.js';
import { pyDumps } from '../../pyjson/dumps.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { Shape } from '../../shapes/schema.js';
import { summaryFor } from '../../shapes/summary-template.js';
import { fits } from '../../shapes/vocabulary.js';
import { counted } from '../../text/plural.js';
import { buildFixtures, type FixtureSet } from './fixture-set.js';
import { malform } from './malform.js';
import type { FunctionPlan } from './plan.js';
import type { SampleRule } from './rule.js';
import type { Scenario } from './scenario.js';
import { vocabulary } from './shape-vocabulary.js';
import { FixtureWorkspace, sampleDataTools, type AnalyzeResult, type WriteResult } from './tools.js';

export interface Play {
  definition: LoadedDefinition;
  plan: FunctionPlan;
  rules: readonly SampleRule[];
  shape: Shape;
  scenario: Scenario;
}

/** Why a write was refused, as a tag: refused_empty, refused_missing, refused_unknown_key. */
function refusalTag(message: string): string {
  if (message.includes('empty')) return 'refused_empty';
  if (message.includes('missing a required argument')) return 'refused_missing';
  return 'refused_unknown_key';
}

/**
 * Plays a shape as the system prompt's procedure does: analyze; submit at once when the
 * [Context] lists this function's fixtures; otherwise write the three fixtures and submit what
 * the tool confirmed. The fixtures are a function of the conversation so far (and the seed), so
 * the same visible state always gets the same write. A mistake step writes a refused file first
 * (not a learning target); the correct write that follows is. Null when the shape's story
 * cannot happen here.
 */
export function playShape(p: Play, seed: number): TrainingExample | null {
  const { plan, shape, scenario } = p;
  if (!fits(vocabulary, shape.when, { plan, scenario })) return null;
  const ws = new FixtureWorkspace();
  const { tools, providers } = sampleDataTools(plan, ws, scenario.existing);
  const session = new Session({ definition: p.definition, node: plan.node, tools, providers });
  const tags = new Set(plan.categories);
  if (scenario.existing.length > 0) tags.add('existing_fixtures');

  let analysis: AnalyzeResult | null = null;
  let intended: FixtureSet | null = null;
  let omitted = false;
  let written: { path: string; count: number } | null = null;
  for (const st of shape.steps) {
    if (st.step === 'analyze') {
      if (analysis) return null;
      analysis = session.call<AnalyzeResult>('analyze_signature', {});
      continue;
    }
    // The procedure: analyze first; with this function's fixtures listed, submit; after a write that succeeded, submit.
    if (!analysis || scenario.hasOwn || written) return null;
    if (!intended) {
      const rng = rngFor(seed, 'sample-data', 'values', digest(pyDumps(session.transcript)));
      omitted = rng() < 0.3 && plan.slots.some((s) => s.param.default !== null);
      intended = buildFixtures(plan, p.rules, rng, { omitDefaults: omitted });
    }
    const fixtures = st.step === 'write' ? intended.fixtures : st.step === 'write-empty' ? [] : malform(plan, intended.fixtures, rngFor(seed, 'sample-data', 'malform', plan.node.node_id));
    if (fixtures === null) return null;
    const result = session.call<WriteResult>('write_fixture_file', { fixtures, format: scenario.format }, { target: st.target });
    if (st.step === 'write') {
      if (!result.success) throw new Error(`${plan.node.name}: the generated fixtures were refused: ${result.message}`);
      written = { path: result.path, count: fixtures.length };
    } else if (result.success) return null;
    else tags.add(refusalTag(result.message));
  }
  if (!analysis) return null;
  const own = scenario.existing.find((e) => e.name === analysis!.function_name);
  if (!written && !own) return null;
  if (written) {
    tags.add(`format_${scenario.format}`);
    if (omitted) tags.add('defaults_omitted');
    for (const s of plan.slots) if (s.inferred) tags.add(`inferred_from_${s.inferred}`);
    if (plan.pure) tags.add('pure');
  }
  const values = { function: analysis.function_name, fixtures: counted(written?.count ?? 0, 'fixture'), path: written?.path ?? own!.path, cases: 'normal, edge and large' };
  return session.submit(
    {
      summary: summaryFor(shape.summaries, values, seed, session.transcript),
      fixtures_generated: written?.count ?? 0,
      changed_files: written ? [written.path] : [],
    },
    { domain: 'sample-data', fixture: plan.node.file_path, node_id: plan.node.node_id, rules: written ? intended!.families : [], tags: [...tags].sort(), shape: shape.name, seed },
  );
}
