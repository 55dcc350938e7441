import { checkLines, importsFor, namesForCheck } from '../../src/domains/pytest-gen/assert-lines.js';
import { renderCall } from '../../src/domains/pytest-gen/call-parts.js';
import { snakeCase } from '../../src/domains/pytest-gen/py-source.js';
import { defineTestRule, type Block, type ComposeInput, type PlannedCase, type TestRuleMeta } from '../../src/domains/pytest-gen/rule.js';

const meta: Omit<TestRuleMeta, 'id'> = {
  role: 'values',
  description: 'A method tested on an instance built by a @pytest.fixture (a fresh one per test), for the cases that share that instance.',
  tags: ['method'],
};

/** The receiver most cases share, if it is built by a call and at least one case gets past building it. */
function sharedReceiver(cases: readonly PlannedCase[]): string | null {
  const counts = new Map<string, number>();
  for (const { case: c } of cases) if (c.call.receiver !== null && c.call.receiverIsCall) counts.set(c.call.receiver, (counts.get(c.call.receiver) ?? 0) + 1);
  const best = [...counts.entries()].filter(([r, n]) => n >= 2 && cases.some(({ case: c }) => c.call.receiver === r && c.outcome.kind === 'returns'));
  best.sort((a, b) => b[1] - a[1]);
  return best[0]?.[0] ?? null;
}

function compose({ fn, cases, call, names }: ComposeInput): { blocks: Block[]; handled: string[] } {
  const receiver = fn.className ? sharedReceiver(cases) : null;
  if (!receiver) return { blocks: [], handled: [] };
  const mine = cases.filter(({ case: c }) => c.call.receiver === receiver);
  const fixture = names.claim(snakeCase(fn.className!));
  const blocks: Block[] = [
    {
      code: ['@pytest.fixture', `def ${fixture}():`, `    return ${receiver}`].join('\n'),
      items: [],
      imports: ['pytest'],
      names: mine[0].case.names.filter((n) => new RegExp(`(?<![.\\w])${n}\\b`).test(receiver)),
      rule: rule.id,
    },
  ];
  for (const { case: c, expect } of mine) {
    const name = names.claim(`test_${fn.name}_${c.id}`);
    const written = renderCall(c.call, { receiver: fixture });
    blocks.push({
      code: [`def ${name}(${fixture}):`, ...checkLines(call.wrap(written), expect)].join('\n'),
      items: [{ name, checks: [{ fn: fn.qualName, caseId: c.id, expect }] }],
      imports: importsFor(expect, call.imports),
      names: namesForCheck(c, expect, fn.module, written),
      rule: rule.id,
    });
  }
  return { blocks, handled: mine.map(({ case: c }) => c.id) };
}

const rule = defineTestRule(import.meta.url, { meta, compose });
export default rule;
