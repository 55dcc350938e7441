import type { LoadedDefinition } from '../../definition/load-definition.js';
import { rngFor } from '../../generate/rng.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { ExistingTests } from './existing-tests.js';
import { trueExpectation } from './expectations.js';
import { testPathOf, type FixtureModule, type FunctionUnderTest } from './model.js';
import { TestNames } from './name-book.js';
import type { RunReport } from './pytest-sim.js';
import type { Block, PlannedCase } from './rule.js';
import { callStyleFor, composeCases, type TestRules } from './rules.js';
import type { Shape } from './shapes.js';
import { adequateSummary, writeSummary } from './summary-text.js';
import { renderTestFile, type TestFile } from './test-file.js';
import { testTools } from './tools.js';
import { TestWorkspace } from './workspace.js';
import type { WrongExpectation } from './wrong.js';

export interface TestScenario {
  definition: LoadedDefinition;
  module: FixtureModule;
  fn: FunctionUnderTest;
  existing: ExistingTests | null;
  rules: TestRules;
  tags: string[];
}

/** One variant's choices: the shape, the layout rule, the new cases, the wrong expectation. */
export interface Plan {
  shape: Shape;
  layout: string;
  caseIds: string[];
  wrong: WrongExpectation | null;
  runWithPath: boolean;
  summarySeed: number;
}

export interface Composition {
  file: TestFile;
  newBlocks: Block[];
}

/** The whole test file: the existing tests untouched, then the new ones. */
export function composeFile(s: TestScenario, plan: Plan, withWrong: boolean): Composition {
  const planned: PlannedCase[] = plan.caseIds.map((id) => {
    const c = s.fn.cases.find((x) => x.id === id)!;
    return { case: c, expect: withWrong && plan.wrong?.caseId === id ? plan.wrong.expect : trueExpectation(c) };
  });
  const names = new TestNames(s.existing?.file.definitions ?? []);
  const newBlocks = composeCases(s.rules, s.fn, planned, plan.layout, names);
  return { file: renderTestFile(s.fn.module, [...(s.existing?.blocks ?? []), ...newBlocks]), newBlocks };
}

/** The rule ids that shaped the new tests. */
export function rulesUsed(s: TestScenario, blocks: readonly Block[]): string[] {
  const ids = new Set(blocks.map((b) => b.rule));
  if (blocks.some((b) => b.items.some((i) => i.checks.some((c) => c.expect.kind === 'raises')))) ids.add('raises');
  const call = callStyleFor(s.rules, s.fn).rule;
  if (call && blocks.length) ids.add(call);
  return [...ids].sort();
}

/**
 * Plays one plan through the recorder the way an agent would: it writes, runs, and when the
 * run fails it rewrites the test pytest named. Throws when a tool answer contradicts the plan
 * (a bug in trajgen, never written out).
 */
export function playPlan(s: TestScenario, plan: Plan, seed: number): TrainingExample {
  const path = testPathOf(s.fn.module);
  const ws = new TestWorkspace(s.module, s.existing);
  const { tools, providers } = testTools(s.fn, ws);
  const session = new Session({ definition: s.definition, node: s.fn.node, tools, providers });
  let written: Composition | null = null;
  let last: RunReport | null = null;
  let fixed: RunReport['failures'][number] | null = null;
  const write = (withWrong: boolean) => {
    written = composeFile(s, plan, withWrong);
    ws.register(written.file);
    session.call('write_test_file', { content: written.file.content, path });
  };
  for (const step of plan.shape.steps) {
    if (step === 'analyze') session.call('analyze_signature', {});
    else if (step === 'read') session.call('read_existing_tests', {});
    else if (step === 'write') write(false);
    else if (step === 'write-wrong') write(true);
    else if (step === 'run') last = session.call<RunReport>('run_tests', plan.runWithPath ? { path } : {});
    else {
      // The agent fixes exactly the test the run reported; the plan had one wrong expectation.
      if (!last || last.failures.length !== 1) throw new Error(`${s.fn.qualName}: expected one failing test before the rewrite, got ${last?.failures.length ?? 'no run'}`);
      fixed = last.failures[0];
      write(false);
    }
  }
  const final = written as Composition | null;
  const rng = rngFor(plan.summarySeed, 'test-summary');
  const display = s.fn.qualName;
  const finalReport = last as RunReport | null;
  let args: Record<string, unknown>;
  if (final) {
    if (!finalReport || finalReport.failed !== 0 || finalReport.errors !== 0) throw new Error(`${s.fn.qualName}: the final tests do not pass (${plan.shape.name}): ${JSON.stringify(finalReport)}`);
    const newItems = final.newBlocks.flatMap((b) => b.items);
    const errors = newItems.filter((i) => i.checks.some((c) => c.expect.kind === 'raises')).length;
    args = {
      summary: writeSummary(rng, { fn: display, path, generated: newItems.length, passing: finalReport.passed, values: newItems.length - errors, errors, kept: s.existing?.file.items.length ?? 0, fixed }),
      tests_generated: newItems.length,
      tests_passing: finalReport.passed,
      changed_files: [path],
    };
  } else {
    if (!s.existing) throw new Error(`${s.fn.qualName}: nothing written and no existing tests`);
    const passing = finalReport ? finalReport.passed : ws.run(path).passed;
    args = { summary: adequateSummary(rng, display, path, passing, finalReport !== null), tests_generated: 0, tests_passing: passing, changed_files: [] };
  }
  return session.submit(args, {
    domain: 'test',
    fixture: s.module.file,
    node_id: s.fn.node.node_id,
    rules: final ? rulesUsed(s, final.newBlocks) : [],
    tags: s.tags,
    shape: plan.shape.name,
    seed,
  });
}
