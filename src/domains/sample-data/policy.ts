import type { LoadedDefinition } from '../../definition/load-definition.js';
import { rngFor } from '../../generate/rng.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import { buildFixtures } from './fixture-set.js';
import { malform } from './malform.js';
import type { FunctionPlan } from './plan.js';
import type { SampleRule } from './rule.js';
import type { Scenario } from './scenario.js';
import type { Shape } from './shapes.js';
import { skippedSummary, writtenSummary } from './summary-text.js';
import { FixtureWorkspace, sampleDataTools, type AnalyzeResult, type ExistingFixture, type WriteResult } from './tools.js';

export interface Play {
  definition: LoadedDefinition;
  plan: FunctionPlan;
  rules: readonly SampleRule[];
  shape: Shape;
  scenario: Scenario;
  /** Seeds this variant's values, mistakes and wording. */
  variantSeed: number;
  omitDefaults: boolean;
}

/** Why a write was refused, as a tag: refused_empty, refused_missing, refused_unknown_key. */
function refusalTag(message: string): string {
  if (message.includes('empty')) return 'refused_empty';
  if (message.includes('missing a required argument')) return 'refused_missing';
  return 'refused_unknown_key';
}

/**
 * Plays one shape the way an agent would: analyze, look at the existing fixtures the context
 * showed, write, read the result, correct a refused write, submit what the tools confirmed.
 */
export function playShape(p: Play, seed: number): TrainingExample {
  const { plan, shape, scenario } = p;
  const ws = new FixtureWorkspace();
  const { tools, providers } = sampleDataTools(plan, ws, scenario.existing);
  const session = new Session({ definition: p.definition, node: plan.node, tools, providers });
  const tags = new Set(plan.categories);
  const textRng = rngFor(p.variantSeed, 'sample-data', 'summary');

  const analysis = session.call<AnalyzeResult>('analyze_signature', {});
  const shown = scenario.existing;
  if (shown.length > 0) tags.add('existing_fixtures');
  const own: ExistingFixture | undefined = shown.find((e) => e.name === analysis.function_name);
  const meta = (rules: string[]) => ({ domain: 'sample-data' as const, fixture: plan.node.file_path, node_id: plan.node.node_id, rules, tags: [...tags].sort(), shape: shape.name, seed });
  if (own) {
    return session.submit({ summary: skippedSummary(textRng, analysis.function_name, own.path), fixtures_generated: 0, changed_files: [] }, meta([]));
  }
  if (shape.own) throw new Error(`${plan.node.name}: shape ${shape.name} needs this function's fixtures in the context`);

  const format = scenario.format;
  tags.add(`format_${format}`);
  if (p.omitDefaults && plan.slots.some((s) => s.param.default !== null)) tags.add('defaults_omitted');
  for (const s of plan.slots) if (s.inferred) tags.add(`inferred_from_${s.inferred}`);
  if (plan.pure) tags.add('pure');
  const set = buildFixtures(plan, p.rules, rngFor(p.variantSeed, 'sample-data', 'values'), { omitDefaults: p.omitDefaults });
  let written: { path: string; count: number } | null = null;
  let refused = false;
  for (const step of shape.steps) {
    const fixtures = step === 'write-empty' ? [] : step === 'write-malformed' ? malform(plan, set.fixtures, rngFor(p.variantSeed, 'sample-data', 'malform')) : set.fixtures;
    const result = session.call<WriteResult>('write_fixture_file', { fixtures, format });
    if (result.success) written = { path: result.path, count: fixtures.length };
    else {
      refused = true;
      tags.add(refusalTag(result.message));
    }
  }
  if (!written || (shape.steps.length > 1 && !refused)) throw new Error(`${plan.node.name}: shape ${shape.name} did not play out (written: ${String(written)}, refused: ${refused})`);
  return session.submit(
    { summary: writtenSummary(textRng, analysis.function_name, written.count, written.path, refused), fixtures_generated: written.count, changed_files: [written.path] },
    meta(set.families),
  );
}
