import type { LoadedDefinition } from '../../definition/load-definition.js';
import { withTree } from '../../parse/python.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { Shape } from '../../shapes/schema.js';
import { summaryFor } from '../../shapes/summary-template.js';
import { fits } from '../../shapes/vocabulary.js';
import type { ExistingTests } from './existing-tests.js';
import { trueExpectation } from './expectations.js';
import { testPathOf, type FixtureModule, type FunctionUnderTest } from './model.js';
import { TestNames } from './name-book.js';
import type { RunReport } from './pytest-sim.js';
import type { Block, PlannedCase } from './rule.js';
import { callStyleFor, composeCases, PROMPT_ORDER, type TestRules } from './rules.js';
import { vocabulary, type TestSituation } from './shape-vocabulary.js';
import { summaryValues } from './summary-values.js';
import { renderTestFile, type TestFile } from './test-file.js';
import { testTools } from './tools.js';
import { TestWorkspace } from './workspace.js';
import type { WrongExpectation } from './wrong.js';

export interface TestScenario {
  definition: LoadedDefinition;
  module: FixtureModule;
  fn: FunctionUnderTest;
  /** The test file as the conversation starts (null: none). */
  existing: ExistingTests | null;
  /** Ids of this function's cases that file tests. */
  tested: readonly string[];
  rules: TestRules;
  tags: string[];
}

export interface Composition {
  file: TestFile;
  newBlocks: Block[];
}

export function situationOf(s: TestScenario, canGoWrong: boolean): TestSituation {
  return { hasFile: s.existing !== null, tested: s.tested.length, total: s.fn.cases.length, canGoWrong };
}

/**
 * The file the procedure writes: the existing tests untouched, then tests for every case they
 * miss, in the prompt's order of strategies. One file per visible state; `wrong` swaps one
 * expectation for a deliberate mistake.
 */
export function composeFile(s: TestScenario, wrong: WrongExpectation | null): Composition {
  const planned: PlannedCase[] = s.fn.cases
    .filter((c) => !s.tested.includes(c.id))
    .map((c) => ({ case: c, expect: wrong?.caseId === c.id ? wrong.expect : trueExpectation(c) }));
  const names = new TestNames(s.existing?.file.definitions ?? []);
  const newBlocks = composeCases(s.rules, s.fn, planned, PROMPT_ORDER, names);
  const file = renderTestFile(s.fn.module, [...(s.existing?.blocks ?? []), ...newBlocks]);
  // A test file that does not parse would teach broken Python: a bug in a rule, never written.
  if (withTree(file.content, (t) => t.rootNode.hasError)) throw new Error(`${s.fn.qualName}: the composed test file does not parse:\n${file.content}`);
  return { file, newBlocks };
}

/** The rule ids that shaped the new tests. */
export function rulesUsed(s: TestScenario, blocks: readonly Block[]): string[] {
  const ids = new Set(blocks.map((b) => b.rule));
  if (blocks.some((b) => b.items.some((i) => i.checks.some((c) => c.expect.kind === 'raises')))) ids.add('raises');
  const call = callStyleFor(s.rules, s.fn).rule;
  if (call && blocks.length) ids.add(call);
  return [...ids].sort();
}

interface Seen {
  analyzed: boolean;
  read: boolean;
  written: boolean;
  /** The last run_tests result since the last write, if any. */
  run: RunReport | null;
}

type Next = 'analyze' | 'read' | 'write' | 'run' | 'rewrite' | 'submit';

/**
 * The system prompt's procedure as a function of what the model has seen: analyze, read the
 * tests; a function they already cover is only run; otherwise write, run, rewrite what failed,
 * run again; submit when a run of the final file passes.
 */
function policyNext(seen: Seen, fullyTested: boolean): Next {
  if (!seen.analyzed) return 'analyze';
  if (!seen.read) return 'read';
  if (fullyTested) return seen.run ? 'submit' : 'run';
  if (!seen.written) return 'write';
  if (!seen.run) return 'run';
  return seen.run.failed + seen.run.errors > 0 ? 'rewrite' : 'submit';
}

/** Where a mistake step stands in for the procedure's step. */
const STANDS_FOR: Record<string, Next> = { 'write-wrong': 'write' };

/**
 * Plays a shape, every step checked against the procedure, the wrong expectation (if the shape
 * has one) written where the procedure writes. Null when the shape's story does not happen.
 */
export function playShape(s: TestScenario, shape: Shape, wrong: WrongExpectation | null, seed: number): TrainingExample | null {
  if (!fits(vocabulary, shape.when, situationOf(s, wrong !== null))) return null;
  const path = testPathOf(s.fn.module);
  const ws = new TestWorkspace(s.module, s.existing);
  const { tools, providers } = testTools(s.fn, ws);
  const session = new Session({ definition: s.definition, node: s.fn.node, tools, providers });
  const fullyTested = s.tested.length === s.fn.cases.length;
  const seen: Seen = { analyzed: false, read: false, written: false, run: null };
  let final: Composition | null = null;
  let fixed: RunReport['failures'][number] | null = null;
  const write = (c: Composition, target: boolean) => {
    ws.register(c.file);
    session.call('write_test_file', { content: c.file.content, path }, { target });
    seen.written = true;
    seen.run = null;
  };
  for (const st of shape.steps) {
    if (policyNext(seen, fullyTested) !== (STANDS_FOR[st.step] ?? st.step)) return null;
    switch (st.step) {
      case 'analyze':
        session.call('analyze_signature', {});
        seen.analyzed = true;
        break;
      case 'read':
        session.call('read_existing_tests', {});
        seen.read = true;
        break;
      case 'write-wrong':
        if (!wrong) return null;
        write(composeFile(s, wrong), st.target);
        break;
      case 'write':
      case 'rewrite':
        if (st.step === 'rewrite') {
          // The procedure fixes exactly the test pytest named; one expectation was wrong.
          if (seen.run?.failures.length !== 1) return null;
          fixed = seen.run.failures[0];
        }
        final = composeFile(s, null);
        write(final, st.target);
        break;
      case 'run':
        seen.run = session.call<RunReport>('run_tests', { path });
        break;
    }
  }
  const last = seen.run as RunReport | null;
  if (policyNext(seen, fullyTested) !== 'submit' || !last) return null;
  const newItems = final ? final.newBlocks.flatMap((b) => b.items) : [];
  const kept = s.existing?.file.items.length ?? 0;
  const values = summaryValues(s.fn.qualName, path, last, newItems, final ? kept : 0, fixed);
  return session.submit(
    {
      summary: summaryFor(shape.summaries, values, seed, session.transcript),
      tests_generated: newItems.length,
      tests_passing: last.passed,
      changed_files: final ? [path] : [],
    },
    { domain: 'test', fixture: s.module.file, node_id: s.fn.node.node_id, rules: final ? rulesUsed(s, final.newBlocks) : [], tags: s.tags, shape: shape.name, seed },
  );
}
