import { expect } from 'chai';
import { discoverSources } from '../../../src/parse/discover-sources.js';
import { dottedModule } from '../../../src/domains/pytest-gen/load-fixtures.js';
import { loadPlans } from '../../../src/domains/sample-data/load-plans.js';
import type { FunctionPlan } from '../../../src/domains/sample-data/plan.js';
import { loadSampleRules } from '../../../src/domains/sample-data/rules.js';
import { projectPath } from '../../../src/paths.js';
import type { TrainingExample } from '../../../src/schema/conversation.js';
import { generateToTemp, toolCalls, type GeneratedRun } from '../../support/generate-to-temp.js';
import { checkWithPython, type SampleCheckItem } from '../../support/python/sample-data-check.js';

/** Calls with their raw argument and result strings: JSON.parse would turn 19.0 into 19. */
function rawCalls(ex: TrainingExample): { name: string; args: string; result: string | null }[] {
  return toolCalls(ex).map((c) => ({ name: c.name, args: c.argsText, result: c.resultText }));
}

function qualnameOf(ex: TrainingExample): string {
  const m = /function_def `([^`]+)`/.exec(ex.messages[1].content ?? '');
  if (!m) throw new Error(`no function name in ${ex.messages[1].content}`);
  return m[1];
}

function itemOf(ex: TrainingExample, id: string, plan: FunctionPlan): SampleCheckItem {
  const calls = rawCalls(ex);
  const writes = calls.filter((c) => c.name === 'write_fixture_file');
  const refused = writes.filter((w) => JSON.parse(w.result!).success === false).map((w) => ({ args: w.args, result: w.result! }));
  const written = writes.find((w) => JSON.parse(w.result!).success === true)?.args ?? null;
  const inferred = Object.fromEntries(plan.slots.filter((s) => s.inferred).map((s) => [s.param.name, s.type.text]));
  return { id, module: projectPath(ex.meta.fixture), qualname: qualnameOf(ex), analysis: calls[0].result!, refused, written, inferred, pure: plan.pure };
}

describe('sample-data truth: every conversation checked with real Python', function () {
  let run: GeneratedRun;
  let plans: Map<string, FunctionPlan>;
  let all: TrainingExample[];
  let verdicts: Map<string, string[]>;
  before(async () => {
    const warnings: string[] = [];
    const ctx = { strict: false, warn: (w: string) => warnings.push(w), skipUnit: () => {} };
    const list = loadPlans({ ...ctx, sources: discoverSources(projectPath('fixtures/sample-data'), ctx).sources }, await loadSampleRules());
    expect(warnings, 'the shipped fixtures load without warnings').to.deep.equal([]);
    plans = new Map(list.map((p) => [p.node.node_id, p]));
    run = await generateToTemp('sample-data', { count: 480, split: 0.9, seed: 21 });
    all = [...run.train, ...run.eval];
    verdicts = checkWithPython(all.map((ex, i) => itemOf(ex, String(i), plans.get(ex.meta.node_id)!)));
  });
  after(() => run?.cleanup());

  it('ships at least 25 usable functions across at least 6 files; every function of a train file appears in train, only edge ones of held-out files in eval', () => {
    expect(plans.size).to.be.at.least(25);
    expect(new Set([...plans.values()].map((p) => p.node.file_path)).size).to.be.at.least(6);
    const held = new Set(run.summary.eval_files);
    const seen = new Set(all.map((ex) => ex.meta.node_id));
    for (const p of plans.values()) {
      const shown = seen.has(p.node.node_id);
      if (!held.has(p.node.file_path)) expect(shown, `${p.node.file_path}::${p.node.name} never appears`).to.equal(true);
      else if (p.categories.length === 0) expect(shown, `${p.node.name} is ordinary and held out`).to.equal(false);
    }
    for (const ex of run.eval) expect(held.has(ex.meta.fixture)).to.equal(true);
  });

  it('agrees with Python on every analyze_signature, refusal, binding, value type and pure call', () => {
    const failures = all.flatMap((ex, i) => (verdicts.get(String(i)) ?? ['no verdict']).map((e) => `${ex.meta.fixture}::${qualnameOf(ex)} (${ex.meta.shape}): ${e}`));
    expect(failures.slice(0, 20)).to.deep.equal([]);
  });

  it('calls the pure functions: at least 20 of them with all three fixtures', () => {
    const called = new Set(all.filter((ex) => plans.get(ex.meta.node_id)!.pure && rawCalls(ex).some((c) => c.name === 'write_fixture_file')).map((ex) => ex.meta.node_id));
    expect(called.size).to.be.at.least(20);
  });

  it('shows every shape, both formats, YAML exactly when the existing fixtures are all YAML', () => {
    const shapes = new Set(all.map((ex) => ex.meta.shape));
    expect([...shapes].sort()).to.deep.equal(['empty-write-retry', 'malformed-write-retry', 'skip-existing', 'write-fixtures']);
    const formats = new Set<string>();
    for (const ex of all) {
      const calls = rawCalls(ex);
      const existing = JSON.parse(ex.messages.find((m) => m.content?.startsWith('[Context] '))!.content!.slice('[Context] '.length)) as { name: string; path: string }[];
      const fn = JSON.parse(calls[0].result!).function_name;
      const writes = calls.filter((c) => c.name === 'write_fixture_file');
      const submit = JSON.parse(calls[calls.length - 1].args);
      if (existing.some((e) => e.name === fn)) {
        expect(calls.map((c) => c.name), 'skip is single-turn').to.deep.equal(['analyze_signature', 'submit_result']);
        expect(submit.fixtures_generated).to.equal(0);
        expect(submit.changed_files).to.deep.equal([]);
        continue;
      }
      const yaml = existing.length > 0 && existing.every((e) => e.path.endsWith('.yaml'));
      for (const w of writes) {
        const format = JSON.parse(w.args).format;
        formats.add(format);
        expect(format).to.equal(yaml ? 'yaml' : 'json');
      }
      const last = JSON.parse(writes[writes.length - 1].result!);
      expect(last).to.deep.equal({ success: true, path: `fixtures/${fn}_fixtures.${yaml ? 'yaml' : 'json'}` });
      expect(submit.fixtures_generated).to.equal(JSON.parse(writes[writes.length - 1].args).fixtures.length);
      expect(submit.changed_files).to.deep.equal([last.path]);
    }
    expect([...formats].sort()).to.deep.equal(['json', 'yaml']);
  });

  it('refuses an empty list and a fixture that does not bind, then writes the corrected fixtures', () => {
    const tags = new Set(all.flatMap((ex) => ex.meta.tags));
    for (const t of ['refused_empty', 'refused_missing', 'refused_unknown_key']) expect(tags.has(t), t).to.equal(true);
    for (const ex of all.filter((e) => e.meta.shape.endsWith('-retry'))) {
      const writes = rawCalls(ex).filter((c) => c.name === 'write_fixture_file');
      expect(writes.map((w) => JSON.parse(w.result!).success)).to.deep.equal([false, true]);
    }
  });

  it('writes normal, edge and large cases: the edge case empties, zeroes or Nones what it can', () => {
    const zeroish = (v: unknown): boolean =>
      v === null || v === 0 || v === '' || v === false || (typeof v === 'object' && (Object.keys(v).length === 0 || Object.values(v).some(zeroish)));
    for (const ex of all) {
      const w = rawCalls(ex).filter((c) => c.name === 'write_fixture_file').pop();
      if (!w) continue;
      const fixtures = JSON.parse(w.args).fixtures as Record<string, unknown>[];
      expect(fixtures).to.have.length(3);
      const [normal, edge, large] = fixtures;
      expect(Object.values(edge).some(zeroish), `edge case of ${qualnameOf(ex)}: ${JSON.stringify(edge)}`).to.equal(true);
      const size = (v: unknown) => (typeof v === 'number' ? v : JSON.stringify(v).length);
      const shared = Object.keys(large).filter((k) => k in normal);
      expect(shared.length === 0 || shared.some((k) => size(large[k]) > size(normal[k])), `large case of ${qualnameOf(ex)}: ${JSON.stringify(large).slice(0, 300)}`).to.equal(true);
    }
  });

  it("tags every example with its function's edge categories, and says how unannotated types were inferred", () => {
    for (const ex of all) {
      const plan = plans.get(ex.meta.node_id)!;
      for (const c of plan.categories) expect(ex.meta.tags, `${plan.node.name} ${ex.meta.shape}`).to.include(c);
      const wrote = rawCalls(ex).some((c) => c.name === 'write_fixture_file');
      for (const s of plan.slots) if (s.inferred && wrote) expect(ex.meta.tags).to.include(`inferred_from_${s.inferred}`);
    }
    for (const t of ['method', 'async', 'decorated', 'nested', 'varargs', 'no_annotations', 'generator', 'empty_body', 'dataclass_param', 'enum_param', 'literal', 'kw_only', 'optional']) {
      expect([...plans.values()].some((p) => p.categories.includes(t)), `no shipped function shows ${t}`).to.equal(true);
    }
  });

  it('has a Python check that catches wrong values, wrong signatures and false refusals', () => {
    const module = projectPath('fixtures/sample-data/shop_pricing.py');
    const analysis = '{"function_name": "order_total", "parameters": [{"name": "items", "type": "list[LineItem]", "default": null}, {"name": "currency", "type": "Currency", "default": "Currency.USD"}, {"name": "tax_rate", "type": "float", "default": "0.0"}]}';
    const write = (fixture: string) => `{"fixtures": [${fixture}], "format": "json"}`;
    const good = '{"items": [{"sku": "SKU-1", "quantity": 2, "unit_price": 9.5}], "currency": "EUR", "tax_rate": 0.0}';
    const bad: Record<string, SampleCheckItem> = {
      intForFloat: { id: 'intForFloat', module, qualname: 'order_total', analysis, written: write(good.replace('"tax_rate": 0.0', '"tax_rate": 0')) },
      enumName: { id: 'enumName', module, qualname: 'order_total', analysis, written: write(good.replace('"EUR"', '"Currency.EUR"')) },
      fieldMissing: { id: 'fieldMissing', module, qualname: 'order_total', analysis, written: write(good.replace('"quantity": 2, ', '')) },
      unknownKey: { id: 'unknownKey', module, qualname: 'order_total', analysis, written: write(good.replace('"tax_rate"', '"taxRate"')) },
      wrongDefault: { id: 'wrongDefault', module, qualname: 'order_total', analysis: analysis.replace('"0.0"', '"0"'), written: write(good) },
      falseRefusal: { id: 'falseRefusal', module, qualname: 'order_total', analysis, refused: [{ args: write(good), result: '{"success": false, "path": null, "message": "fixtures is empty: write at least one fixture"}' }] },
    };
    const ok: SampleCheckItem = { id: 'ok', module, qualname: 'order_total', analysis, written: write(good), pure: true };
    const verdict = checkWithPython([ok, ...Object.values(bad)]);
    expect(verdict.get('ok')).to.deep.equal([]);
    for (const id of Object.keys(bad)) expect(verdict.get(id), id).to.have.length.greaterThan(0);
  });
});

// fixtures/real: code nobody wrote for trajgen. Nothing is called here (real functions may have
// side effects); every fixture is bound to the real signature and type-checked by python3.
describe('sample-data truth on real, sidecar-free code (fixtures/real)', function () {
  let run: GeneratedRun;
  before(async () => {
    run = await generateToTemp('sample-data', { count: 300, split: 0.9, seed: 4, fixturesDir: projectPath('fixtures/real') });
  });
  after(() => run?.cleanup());

  it('agrees with Python on every analyze_signature, refusal, binding and value type', async () => {
    const ctx = { strict: false, warn: () => {}, skipUnit: () => {} };
    const plans = new Map(loadPlans({ ...ctx, sources: discoverSources(projectPath('fixtures/real'), ctx).sources }, await loadSampleRules()).map((p) => [p.node.node_id, p]));
    const all = [...run.train, ...run.eval];
    const root = projectPath('fixtures/real');
    const verdicts = checkWithPython(all.map((ex, i) => ({ ...itemOf(ex, String(i), plans.get(ex.meta.node_id)!), pure: false, root, dotted: dottedModule(root, projectPath(ex.meta.fixture))! })));
    const failures = all.flatMap((ex, i) => (verdicts.get(String(i)) ?? ['no verdict']).map((e) => `${ex.meta.fixture}::${qualnameOf(ex)}: ${e}`));
    expect(failures.slice(0, 10), `${failures.length} problems`).to.deep.equal([]);
    expect(run.summary.units.used).to.be.greaterThan(60);
  });
});

