import type { RunReport } from '../../src/domains/pytest-gen/pytest-sim.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { dottedModule } from '../../src/domains/pytest-gen/load-fixtures.js';
import { testPathOf } from '../../src/domains/pytest-gen/model.js';
import { projectPath } from '../../src/paths.js';
import { toolCalls } from './generate-to-temp.js';

/** A run_tests call with the test file content it ran on. */
export interface RunAt {
  content: string;
  path: string;
  claimed: RunReport;
}

/** What a test conversation says about its test file, step by step. */
export interface TestTimeline {
  module: string;
  /** Content that read_existing_tests showed (null: no file). */
  existing: string | null;
  runs: RunAt[];
  /** The file at submit: the last written, else the existing one. */
  final: string | null;
  written: string[];
  submit: { tests_generated: number; tests_passing: number; changed_files: string[] };
}

/**
 * Replays the calls of a test-domain example: the test file is what read_existing_tests showed
 * until write_test_file replaces it; every run_tests is paired with the file it ran on.
 */
export function timelineOf(example: TrainingExample, fixturesRoot: string): TestTimeline {
  const module = dottedModule(fixturesRoot, projectPath(example.meta.fixture));
  if (module === null) throw new Error(`${example.meta.fixture} is not a module under ${fixturesRoot}`);
  const defaultPath = testPathOf(module);
  let current: string | null = null;
  let existing: string | null = null;
  const runs: RunAt[] = [];
  const written: string[] = [];
  let submit: TestTimeline['submit'] | null = null;
  for (const call of toolCalls(example)) {
    if (call.name === 'read_existing_tests') {
      const r = call.result as { content: string; path: string | null };
      existing = r.path === null ? null : r.content;
      if (written.length === 0) current = existing;
    } else if (call.name === 'write_test_file') {
      current = String(call.args.content);
      written.push(current);
    } else if (call.name === 'run_tests') {
      if (current === null) throw new Error(`${example.meta.fixture}: run_tests before any test file is known`);
      runs.push({ content: current, path: typeof call.args.path === 'string' ? call.args.path : defaultPath, claimed: call.result as RunReport });
    } else if (call.name === 'submit_result') submit = call.args as TestTimeline['submit'];
  }
  if (!submit) throw new Error('no submit_result');
  return { module, existing, runs, final: current, written, submit };
}
