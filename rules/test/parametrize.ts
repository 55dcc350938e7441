import { namesForCheck } from '../../src/domains/pytest-gen/assert-lines.js';
import { renderCall } from '../../src/domains/pytest-gen/call-parts.js';
import { reprToSource } from '../../src/domains/pytest-gen/py-source.js';
import { defineTestRule, type Block, type ComposeInput, type Expectation, type PlannedCase, type TestRuleMeta } from '../../src/domains/pytest-gen/rule.js';

const meta: Omit<TestRuleMeta, 'id'> = {
  role: 'values',
  description: 'Cases whose calls differ only in argument values become one @pytest.mark.parametrize test with an id per case.',
  tags: [],
};

/** In a table every row is compared with ==, booleans and None included; a float row with pytest.approx. */
function asEquals(expect: Expectation): Expectation & { kind: 'equals' | 'approx' } {
  switch (expect.kind) {
    case 'equals':
    case 'approx':
      return expect;
    case 'truthy':
      return { kind: 'equals', repr: 'True' };
    case 'falsy':
      return { kind: 'equals', repr: 'False' };
    case 'is_none':
      return { kind: 'equals', repr: 'None' };
    default:
      throw new Error('parametrize writes value checks only');
  }
}

function shapeKey(p: PlannedCase): string {
  const c = p.case.call;
  return JSON.stringify([c.prefix, c.suffix, c.receiver, c.callee, c.args.length, c.kwargs.map(([k]) => k)]);
}

function expectedSource(e: Expectation & { kind: 'equals' | 'approx' }): string {
  return e.kind === 'approx' ? `pytest.approx(${e.repr})` : reprToSource(e.repr);
}

function compose({ fn, cases, call, names }: ComposeInput): { blocks: Block[]; handled: string[] } {
  const groups = new Map<string, PlannedCase[]>();
  for (const p of cases) {
    if (p.expect.kind === 'raises') continue;
    const key = shapeKey(p);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const blocks: Block[] = [];
  const handled: string[] = [];
  for (const group of groups.values()) {
    const first = group[0].case.call;
    if (group.length < 2 || first.args.length + first.kwargs.length === 0) continue;
    const positional = first.args.map((_, i) => fn.callParams[i] ?? `${fn.varargs ?? 'arg'}${i - fn.callParams.length + 1}`);
    const keywords = first.kwargs.map(([k]) => k);
    const expected = [...positional, ...keywords].includes('expected') ? 'expected_value' : 'expected';
    const columns = [...positional, ...keywords, expected];
    const name = names.claim(blocks.length === 0 ? `test_${fn.name}` : `test_${fn.name}_${blocks.length + 1}`);
    const rows = group.map(({ case: c, expect }) => `        (${[...c.call.args, ...c.call.kwargs.map(([, v]) => v), expectedSource(asEquals(expect))].join(', ')}),`);
    const written = renderCall(first, { args: positional, kwargs: keywords.map((k) => [k, k]) });
    blocks.push({
      code: [
        '@pytest.mark.parametrize(',
        `    (${columns.map((c) => `"${c}"`).join(', ')}),`,
        '    [',
        ...rows,
        '    ],',
        `    ids=[${group.map((p) => `"${p.case.id}"`).join(', ')}],`,
        ')',
        `def ${name}(${columns.join(', ')}):`,
        `    assert ${call.wrap(written)} == ${expected}`,
      ].join('\n'),
      items: group.map(({ case: c, expect }) => ({ name: `${name}[${c.id}]`, checks: [{ fn: fn.qualName, caseId: c.id, expect: asEquals(expect) }] })),
      imports: ['pytest', ...call.imports],
      names: [...new Set(group.flatMap(({ case: c, expect }) => namesForCheck(c, asEquals(expect), fn.module, renderCall(c.call))))],
      rule: rule.id,
    });
    handled.push(...group.map((p) => p.case.id));
  }
  return { blocks, handled };
}

const rule = defineTestRule(import.meta.url, { meta, compose });
export default rule;
