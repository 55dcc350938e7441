import { trueExpectation } from './expectations.js';
import { testPathOf, type FixtureModule } from './model.js';
import type { Block } from './rule.js';
import { composeCases, type TestRules } from './rules.js';
import { TestNames } from './name-book.js';
import { renderTestFile, type TestFile } from './test-file.js';

export interface ExistingTests {
  path: string;
  blocks: Block[];
  file: TestFile;
}

/** Which cases of which functions tests/test_<module>.py already tests (qualName -> case ids). */
export type TestedCases = ReadonlyMap<string, readonly string[]>;

/**
 * tests/test_<module>.py as the project has it before the agent starts: plain tests of the
 * given cases of each function, in module order; null when there are none (no file).
 */
export function existingTests(module: FixtureModule, rules: TestRules, tested: TestedCases): ExistingTests | null {
  const names = new TestNames();
  const blocks: Block[] = [];
  for (const fn of module.functions) {
    const ids = tested.get(fn.qualName) ?? [];
    const cases = fn.cases.filter((c) => ids.includes(c.id)).map((c) => ({ case: c, expect: trueExpectation(c) }));
    if (cases.length) blocks.push(...composeCases(rules, fn, cases, 'plain-asserts', names));
  }
  if (!blocks.length) return null;
  return { path: testPathOf(module.name), blocks, file: renderTestFile(module.name, blocks) };
}
