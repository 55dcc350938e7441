import { checkLines, importsFor, namesForCheck } from '../../src/domains/pytest-gen/assert-lines.js';
import { renderCall } from '../../src/domains/pytest-gen/call-parts.js';
import { defineTestRule, type Block, type ComposeInput, type TestRuleMeta } from '../../src/domains/pytest-gen/rule.js';

const meta: Omit<TestRuleMeta, 'id'> = {
  role: 'values',
  description: 'One test function per case, a plain assert on what the call returns (truthiness for booleans, `is None` for None).',
  tags: [],
};

function compose({ fn, cases, call, names }: ComposeInput): { blocks: Block[]; handled: string[] } {
  const blocks: Block[] = [];
  const handled: string[] = [];
  for (const { case: c, expect } of cases) {
    if (expect.kind === 'raises') continue;
    const name = names.claim(`test_${fn.name}_${c.id}`);
    const written = renderCall(c.call);
    blocks.push({
      code: [`def ${name}():`, ...checkLines(call.wrap(written), expect)].join('\n'),
      items: [{ name, checks: [{ fn: fn.qualName, caseId: c.id, expect }] }],
      imports: importsFor(expect, call.imports),
      names: namesForCheck(c, expect, fn.module, written),
      rule: rule.id,
    });
    handled.push(c.id);
  }
  return { blocks, handled };
}

const rule = defineTestRule(import.meta.url, { meta, compose });
export default rule;
