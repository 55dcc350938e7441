import type { FixtureModule, Outcome } from './model.js';
import { runItems, type OutcomeLookup, type RunReport } from './pytest-sim.js';
import type { TestItem } from './rule.js';
import type { TestFile } from './test-file.js';

/**
 * The project as the conversation changes it: the fixture module (never edited) and the test
 * files. A test file's items are known because trajgen composed it; write() refuses content it
 * did not compose, so run_tests never reports on code it cannot account for.
 */
export class TestWorkspace {
  private readonly files = new Map<string, { content: string; items: TestItem[] }>();
  private readonly composed = new Map<string, TestItem[]>();
  readonly lookup: OutcomeLookup;

  constructor(module: FixtureModule, existing: { path: string; file: TestFile } | null) {
    const outcomes = new Map<string, Outcome>();
    for (const fn of module.functions) for (const c of fn.cases) outcomes.set(`${fn.qualName}\0${c.id}`, c.outcome);
    this.lookup = (fn, caseId) => {
      const o = outcomes.get(`${fn}\0${caseId}`);
      if (!o) throw new Error(`no curated outcome for ${fn} case ${caseId}`);
      return o;
    };
    if (existing) {
      this.files.set(existing.path, { content: existing.file.content, items: existing.file.items });
    }
  }

  /** Makes a composed file writable (the policy composes, then calls write_test_file). */
  register(file: TestFile): void {
    this.composed.set(file.content, file.items);
  }

  read(path: string): string | null {
    return this.files.get(path)?.content ?? null;
  }

  write(path: string, content: string): void {
    const items = this.composed.get(content);
    if (!items) throw new Error(`write_test_file got content trajgen did not compose (${path})`);
    this.files.set(path, { content, items });
  }

  run(path: string): RunReport {
    const file = this.files.get(path);
    return file ? runItems(path, file.items, this.lookup) : { passed: 0, failed: 0, errors: 0, failures: [] };
  }
}
