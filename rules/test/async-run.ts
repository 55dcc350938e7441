import { defineTestRule, type CallStyle, type TestRuleMeta } from '../../src/domains/pytest-gen/rule.js';
import type { FunctionUnderTest } from '../../src/domains/pytest-gen/model.js';

const meta: Omit<TestRuleMeta, 'id'> = {
  role: 'call',
  description: 'pytest-asyncio is not installed: a coroutine function is awaited with asyncio.run(...) inside a plain test function.',
  tags: ['async'],
};

function callStyle(fn: FunctionUnderTest): CallStyle | null {
  if (!fn.isAsync) return null;
  return { wrap: (expression) => `asyncio.run(${expression})`, imports: ['asyncio'] };
}

export default defineTestRule(import.meta.url, { meta, callStyle });
