import { expect } from 'chai';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapacityError } from '../../src/errors.js';
import type { Domain, Unit, Variant } from '../../src/generate/domain.js';
import { generate, splitCounts } from '../../src/generate/pipeline.js';
import type { Rng } from '../../src/generate/rng.js';
import { nodeId } from '../../src/parse/node-id.js';
import { Session } from '../../src/record/session.js';
import type { TrainingExample } from '../../src/schema/conversation.js';

const DEFINITION = `name: fake
model: models/fake.gguf
max_turns: 4
initial_context:
  system_prompt: Look, then submit.
  node_context: |
    Code:
    {{ node_text }}
tools:
  - name: look
    pym: tools/look.pym
    description: Look.
    parameters: {type: object, properties: {n: {type: integer}}, required: [n], additionalProperties: false}
  - name: submit_result
    pym: tools/submit_result.pym
    description: Finish.
    parameters: {type: object, properties: {summary: {type: string}}, required: [summary], additionalProperties: false}
`;

const SHARED_CODE = 'def shared():\n    return 0';

// [unit name, categories, variants in its stream]. `dec` and `plain0` share one node code.
const UNIT_SPECS: [string, string[], number][] = [
  ['plain0', [], 8], ['plain1', [], 8], ['plain2', [], 8], ['plain3', [], 8], ['plain4', [], 8],
  ['dec', ['decorated'], 4], ['asy', ['async'], 4], ['dec_asy', ['decorated', 'async'], 4],
  ['gen', ['generator'], 4], ['meth', ['method', 'nested'], 4],
];
const EDGE_UNITS = new Set(UNIT_SPECS.filter(([, c]) => c.length > 0).map(([n]) => `fixtures/fake/${n}.py`));

function fakeUnit(name: string, categories: string[], size: number): Unit {
  const fixture = `fixtures/fake/${name}.py`;
  return {
    id: `${fixture}::${name}`,
    fixture,
    categories,
    *variants(rng: Rng): Iterable<Variant> {
      for (let i = 0; i < size; i++) {
        const code = i === 0 && (name === 'dec' || name === 'plain0') ? SHARED_CODE : `def ${name}_${i}():\n    return ${Math.floor(rng() * 1e6)}`;
        yield {
          nodeCode: code,
          build: (seed: number): TrainingExample => {
            const node = { node_type: 'function_def' as const, name, text: code, file_path: fixture, start_line: 1, end_line: 2, node_id: nodeId(fixture, 'function_def', name) };
            const s = new Session({ definition: ctxDefinition!, node, tools: { look: (a) => ({ seen: a.n }) }, providers: {} });
            s.call('look', { n: i });
            return s.submit({ summary: `${name} ${i}` }, { domain: 'lint', fixture, node_id: node.node_id, rules: [], tags: categories, shape: 'look-submit', seed });
          },
        };
      }
    },
  };
}

let ctxDefinition: Parameters<Domain['loadUnits']>[0]['definition'] | undefined;
const fakeDomain: Domain = {
  name: 'lint',
  defaultCount: 10,
  defaultFixtures: 'unused',
  folder: 'unused',
  definitionPath: 'unused',
  requiredTools: ['look', 'submit_result'],
  providers: [],
  async loadUnits(ctx) {
    ctxDefinition = ctx.definition;
    return UNIT_SPECS.map(([n, c, size]) => fakeUnit(n, c, size));
  },
};

describe('generate/pipeline with a fake domain', () => {
  let root: string;
  let defPath: string;
  let fixturesDir: string;
  const run = (outName: string, count: number, split: number, seed = 1) =>
    generate({ domain: fakeDomain, count, split, seed, outDir: join(root, outName), fixturesDir, definitionPath: defPath });
  const read = (outName: string, file: string) => readFileSync(join(root, outName, 'lint', file), 'utf8');
  const examples = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as TrainingExample);
  const code = (ex: TrainingExample) => ex.messages[1].content!.replace(/^Code:\n/, '');

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'trajgen-pipeline-'));
    defPath = join(root, 'fake.yaml');
    writeFileSync(defPath, DEFINITION);
    fixturesDir = join(root, 'fixtures');
    mkdirSync(fixturesDir);
    writeFileSync(join(fixturesDir, 'placeholder.py'), 'x = 1\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  for (const [count, split] of [[20, 0.8], [20, 0.5], [7, 0.5], [30, 0.9], [25, 0.75], [10, 1]] as const) {
    it(`count ${count} split ${split}: train = round(count x split), eval = the rest`, async () => {
      const out = `split-${count}-${split}`;
      const summary = await run(out, count, split);
      const want = { train: Math.round(count * split), eval: count - Math.round(count * split) };
      expect(splitCounts(count, split)).to.deep.equal(want);
      expect({ train: summary.train, eval: summary.eval }).to.deep.equal(want);
      expect(examples(read(out, 'train.jsonl'))).to.have.length(want.train);
      expect(examples(read(out, 'eval.jsonl'))).to.have.length(want.eval);
    });
  }

  it('eval comes only from held-out edge units, and no eval node code appears in train', async () => {
    await run('disjoint', 40, 0.5);
    const train = examples(read('disjoint', 'train.jsonl'));
    const evalSet = examples(read('disjoint', 'eval.jsonl'));
    for (const ex of evalSet) expect(EDGE_UNITS.has(ex.meta.fixture), ex.meta.fixture).to.equal(true);
    const evalUnits = new Set(evalSet.map((e) => e.meta.fixture));
    for (const ex of train) expect(evalUnits.has(ex.meta.fixture), ex.meta.fixture).to.equal(false);
    const evalCodes = new Set(evalSet.map(code));
    for (const ex of train) expect(evalCodes.has(code(ex)), code(ex)).to.equal(false);
    // The shared code went to eval with `dec`, so plain0 never shows it in train.
    expect(evalCodes.has(SHARED_CODE)).to.equal(true);
    expect(train.some((e) => e.meta.fixture === 'fixtures/fake/plain0.py')).to.equal(true);
  });

  it('every edge category appears in eval when eval is large enough', async () => {
    const summary = await run('categories', 30, 0.8);
    const tags = new Set(examples(read('categories', 'eval.jsonl')).flatMap((e) => e.meta.tags));
    const all = new Set(UNIT_SPECS.flatMap(([, c]) => c));
    expect(tags).to.deep.equal(all);
    expect(Object.keys(summary.eval_categories).sort()).to.deep.equal([...all].sort());
  });

  it('the same seed gives byte-identical files; another seed does not', async () => {
    await run('det-a', 30, 0.8, 9);
    await run('det-b', 30, 0.8, 9);
    await run('det-c', 30, 0.8, 10);
    expect(read('det-a', 'train.jsonl')).to.equal(read('det-b', 'train.jsonl'));
    expect(read('det-a', 'eval.jsonl')).to.equal(read('det-b', 'eval.jsonl'));
    expect(read('det-a', 'train.jsonl')).to.not.equal(read('det-c', 'train.jsonl'));
  });

  it('CapacityError "can give only N" when the streams run dry, and no output or temp files remain', async () => {
    // split 1: every unit feeds train, so the capacity is every variant (60).
    const total = UNIT_SPECS.reduce((sum, [, , n]) => sum + n, 0);
    const failure = async (out: string, count: number, split: number): Promise<Error> => {
      try {
        await run(out, count, split);
      } catch (e) {
        const dir = join(root, out, 'lint');
        expect(existsSync(dir) ? readdirSync(dir) : [], 'files left in the out dir').to.deep.equal([]);
        return e as Error;
      }
      throw new Error('expected a CapacityError');
    };
    const all = await failure('too-many', total + 1, 1);
    expect(all).to.be.instanceOf(CapacityError);
    expect(all.message).to.contain(`can give only ${total} distinct examples (${total} train + 0 eval)`);
    // split 0.7 needs 18 eval: five edge units are held out whole (20 variants), so train is short.
    const split = await failure('too-many-split', total, 0.7);
    expect(split).to.be.instanceOf(CapacityError);
    const m = /can give only (\d+) distinct examples \((\d+) train \+ (\d+) eval\)/.exec(split.message);
    expect(m, split.message).to.not.equal(null);
    expect(Number(m![3])).to.equal(total - Math.round(total * 0.7));
    expect(Number(m![1])).to.equal(Number(m![2]) + Number(m![3])).and.to.be.below(total);
  });

  it('CapacityError when the edge units cannot fill eval, again with nothing written', async () => {
    const edgeCapacity = UNIT_SPECS.filter(([, c]) => c.length > 0).reduce((sum, [, , n]) => sum + n, 0);
    let error: unknown;
    try {
      await run('eval-short', 60, 0.5);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(CapacityError);
    expect((error as Error).message).to.contain(`can give only ${edgeCapacity} distinct eval examples`);
    const dir = join(root, 'eval-short', 'lint');
    expect(existsSync(dir) ? readdirSync(dir) : []).to.deep.equal([]);
  });
});
