import { checkLines, namesForCheck } from '../../src/domains/pytest-gen/assert-lines.js';
import { renderCall } from '../../src/domains/pytest-gen/call-parts.js';
import type { Block, ComposeInput, TestRuleMeta } from '../../src/domains/pytest-gen/rule.js';

export const meta: TestRuleMeta = {
  id: 'raises',
  role: 'errors',
  description: 'One test function per error case: the call inside `with pytest.raises(Error, match=...)`, match given when the message is plain text.',
  tags: ['raises'],
};

export function compose({ fn, cases, call, names }: ComposeInput): { blocks: Block[]; handled: string[] } {
  const blocks: Block[] = [];
  const handled: string[] = [];
  for (const { case: c, expect } of cases) {
    if (expect.kind !== 'raises') continue;
    const name = names.claim(`test_${fn.name}_${c.id}`);
    const written = renderCall(c.call);
    blocks.push({
      code: [`def ${name}():`, ...checkLines(call.wrap(written), expect)].join('\n'),
      items: [{ name, checks: [{ fn: fn.qualName, caseId: c.id, expect }] }],
      imports: ['pytest', ...call.imports],
      names: namesForCheck(c, expect, fn.module, written),
      rule: meta.id,
    });
    handled.push(c.id);
  }
  return { blocks, handled };
}
