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

/**
 * tests/test_<module>.py as the project has it before the agent starts: plain tests of the
 * curated `existing` cases of each function, in module order; null when no function has any.
 */
export function existingTests(module: FixtureModule, rules: TestRules): ExistingTests | null {
  const names = new TestNames();
  const blocks: Block[] = [];
  for (const fn of module.functions) {
    const cases = fn.cases.filter((c) => fn.existing.includes(c.id)).map((c) => ({ case: c, expect: trueExpectation(c) }));
    if (cases.length) blocks.push(...composeCases(rules, fn, cases, 'plain-asserts', names));
  }
  if (!blocks.length) return null;
  return { path: testPathOf(module.name), blocks, file: renderTestFile(module.name, blocks) };
}
