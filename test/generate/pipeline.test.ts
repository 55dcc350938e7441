import { expect } from 'chai';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapacityError, DefinitionError } from '../../src/errors.js';
import type { Domain, Unit, Variant } from '../../src/generate/domain.js';
import { generate, splitCounts } from '../../src/generate/pipeline.js';
import type { Rng } from '../../src/generate/rng.js';
import { nodeId } from '../../src/parse/node-id.js';
import { Session } from '../../src/record/session.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import type { Shape } from '../../src/shapes/schema.js';
import { fits, type ShapeVocabulary } from '../../src/shapes/vocabulary.js';

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
  - name: peek
    pym: tools/peek.pym
    description: Peek.
    parameters: {type: object, properties: {}, required: [], additionalProperties: false}
  - name: submit_result
    pym: tools/submit_result.pym
    description: Finish.
    parameters: {type: object, properties: {summary: {type: string}}, required: [summary], additionalProperties: false}
`;

// look: the procedure; peek: a deliberate mistake before it. `rare` only fits `big` units.
const SHAPES = `domain: lint
shapes:
  - {name: look-once, weight: 6, steps: [look], summaries: ["looked at {name}"]}
  - {name: peek-first, weight: 1, steps: [{step: peek, target: false}, look], summaries: ["looked at {name} after a peek"]}
  - {name: rare, weight: 3, when: [big], steps: [look], summaries: ["looked hard at {name}"]}
`;

interface FakeSituation {
  big: boolean;
}
const vocabulary: ShapeVocabulary<FakeSituation> = {
  domain: 'lint',
  steps: { look: { description: 'look', mistake: false, tools: ['look'] }, peek: { description: 'peek', mistake: true, tools: ['peek'] } },
  predicates: { big: { description: 'a big unit', holds: (s) => s.big }, never: { description: 'nothing is', holds: () => false } },
  placeholders: ['name'],
};

const SHARED_CODE = 'def shared():\n    return 0';

// [file, unit, categories, variants per shape, big]. `dec` and `plain0` share one node code.
type Spec = [string, string, string[], number, boolean];
const UNIT_SPECS: Spec[] = [
  ['a', 'plain0', [], 12, true], ['a', 'plain1', [], 12, false], ['b', 'plain2', [], 12, true], ['c', 'plain3', [], 12, false], ['c', 'plain4', [], 12, true],
  ['d', 'dec', ['decorated'], 6, false], ['d', 'asy', ['async'], 6, true], ['e', 'dec_asy', ['decorated', 'async'], 6, false],
  ['e', 'gen', ['generator'], 6, true], ['f', 'meth', ['method', 'nested'], 6, false], ['g', 'meth2', ['method'], 6, true],
  ['h', 'gen2', ['generator', 'async'], 6, false], ['h', 'dec2', ['decorated'], 6, true],
  ['i', 'asy2', ['async'], 6, true], ['i', 'dec3', ['decorated'], 6, false], ['j', 'meth3', ['method'], 6, true],
  ['j', 'gen3', ['generator'], 6, false], ['k', 'asy3', ['async', 'decorated'], 6, true],
];

let ctxDefinition: Parameters<Domain['loadUnits']>[0]['definition'] | undefined;

function fakeUnit([fileName, name, categories, size, big]: Spec): Unit {
  const file = `fixtures/fake/${fileName}.py`;
  return {
    id: `${file}::${name}`,
    file,
    categories,
    *variants(shape: Shape, rng: Rng): Iterable<Variant | null> {
      if (!fits(vocabulary, shape.when, { big })) return;
      for (let i = 0; i < size; i++) {
        const code = i === 0 && (name === 'dec' || name === 'plain0') ? SHARED_CODE : `def ${name}_${i}():\n    return ${Math.floor(rng() * 1e6)}`;
        yield {
          nodeCode: code,
          build: (seed: number): TrainingExample => {
            const node = { node_type: 'function_def' as const, name, text: code, file_path: file, start_line: 1, end_line: 2, node_id: nodeId(file, 'function_def', name) };
            const s = new Session({ definition: ctxDefinition!, node, tools: { look: (a) => ({ seen: a.n }), peek: () => ({ seen: null }) }, providers: {} });
            for (const st of shape.steps) s.call(st.step, st.step === 'look' ? { n: i } : {}, { target: st.target });
            return s.submit({ summary: shape.summaries[0].replace('{name}', name) }, { domain: 'lint', fixture: file, node_id: node.node_id, rules: [], tags: categories, shape: shape.name, seed });
          },
        };
      }
    },
  };
}

const fakeDomain: Domain = {
  name: 'lint',
  parallel: false,
  defaultCount: 10,
  defaultFixtures: 'unused',
  folder: 'unused',
  definitionPath: 'unused',
  shapesPath: 'unused',
  providers: [],
  vocabulary: vocabulary as ShapeVocabulary<never>,
  async loadUnits(ctx) {
    ctxDefinition = ctx.definition;
    return UNIT_SPECS.map(fakeUnit);
  },
};

describe('generate/pipeline with a fake domain', () => {
  let root: string;
  let defPath: string;
  let shapesPath: string;
  let fixturesDir: string;
  const warnings: string[] = [];
  const run = (outName: string, count: number, split: number, seed = 1, extra: { shapes?: string; definition?: string } = {}) =>
    generate({ domain: fakeDomain, count, split, seed, outDir: join(root, outName), fixturesDir, definitionPath: extra.definition ?? defPath, shapesPath: extra.shapes ?? shapesPath, onWarning: (w) => warnings.push(w) });
  const read = (outName: string, file: string) => readFileSync(join(root, outName, 'lint', file), 'utf8');
  const examples = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as TrainingExample);
  const code = (ex: TrainingExample) => ex.messages[1].content!.replace(/^Code:\n/, '');
  const failure = async (out: string, count: number, split: number, extra: { shapes?: string } = {}): Promise<Error> => {
    try {
      await run(out, count, split, 1, extra);
    } catch (e) {
      const dir = join(root, out, 'lint');
      expect(existsSync(dir) ? readdirSync(dir) : [], 'files left in the out dir').to.deep.equal([]);
      return e as Error;
    }
    throw new Error('expected the run to fail');
  };
  const suggested = (e: Error) => Number(/Use --count (\d+) or less/.exec(String((e as CapacityError).suggestions))?.[1]);

  before(() => {
    root = mkdtempSync(join(tmpdir(), 'trajgen-pipeline-'));
    defPath = join(root, 'fake.yaml');
    writeFileSync(defPath, DEFINITION);
    shapesPath = join(root, 'shapes.yaml');
    writeFileSync(shapesPath, SHAPES);
    fixturesDir = join(root, 'fixtures');
    mkdirSync(fixturesDir);
    writeFileSync(join(fixturesDir, 'placeholder.py'), 'x = 1\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));
  beforeEach(() => warnings.splice(0));

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

  it('holds out whole files: eval comes from their edge units, train never shows a held-out file or an eval code', async () => {
    const summary = await run('disjoint', 60, 0.7);
    const train = examples(read('disjoint', 'train.jsonl'));
    const evalSet = examples(read('disjoint', 'eval.jsonl'));
    const held = new Set(summary.eval_files);
    expect(summary.eval_units.length).to.be.at.least(6);
    for (const ex of evalSet) {
      expect(held.has(ex.meta.fixture), ex.meta.fixture).to.equal(true);
      expect(ex.meta.tags.length).to.be.greaterThan(0);
    }
    for (const ex of train) expect(held.has(ex.meta.fixture), ex.meta.fixture).to.equal(false);
    const evalCodes = new Set(evalSet.map(code));
    for (const ex of train) expect(evalCodes.has(code(ex)), code(ex)).to.equal(false);
  });

  it('every category in eval also occurs in train, and eval covers every category some two files share', async () => {
    const summary = await run('categories', 60, 0.7);
    const trainTags = new Set(examples(read('categories', 'train.jsonl')).flatMap((e) => e.meta.tags));
    const evalTags = new Set(examples(read('categories', 'eval.jsonl')).flatMap((e) => e.meta.tags));
    for (const t of evalTags) expect(trainTags.has(t), t).to.equal(true);
    expect([...evalTags].sort()).to.deep.equal(['async', 'decorated', 'generator', 'method']);
    expect(Object.keys(summary.eval_categories).sort()).to.deep.equal([...evalTags].sort());
  });

  it('the same seed gives byte-identical files; another seed does not', async () => {
    await run('det-a', 30, 0.8, 9);
    await run('det-b', 30, 0.8, 9);
    await run('det-c', 30, 0.8, 10);
    expect(read('det-a', 'train.jsonl')).to.equal(read('det-b', 'train.jsonl'));
    expect(read('det-a', 'eval.jsonl')).to.equal(read('det-b', 'eval.jsonl'));
    expect(read('det-a', 'train.jsonl')).to.not.equal(read('det-c', 'train.jsonl'));
  });

  for (const count of [20, 140]) {
    it(`holds the declared mix at --count ${count}, and the summary says declared against actual`, async () => {
      const summary = await run(`mix-${count}`, count, 0.9);
      const all = [...examples(read(`mix-${count}`, 'train.jsonl')), ...examples(read(`mix-${count}`, 'eval.jsonl'))];
      const declared = { 'look-once': 0.6, 'peek-first': 0.1, rare: 0.3 };
      for (const [shape, share] of Object.entries(declared)) {
        const actual = all.filter((e) => e.meta.shape === shape).length / all.length;
        expect(Math.abs(actual - share), `${shape}: ${actual}`).to.be.at.most(0.05);
        expect(summary.mix[shape].declared).to.equal(share);
        expect(summary.mix[shape].count).to.equal(all.filter((e) => e.meta.shape === shape).length);
      }
      expect(summary.mistakes.examples).to.equal(all.filter((e) => e.meta.shape === 'peek-first').length);
      for (const ex of all.filter((e) => e.meta.shape === 'peek-first')) expect(ex.meta.targets).to.deep.equal([4, 6]);
    });
  }

  it('a shape that runs dry ends the run with the largest --count that holds the mix, and that count succeeds', async () => {
    const e = await failure('dry', 400, 0.9);
    expect(e).to.be.instanceOf(CapacityError);
    expect(e.message).to.match(/shape \w[\w-]* ran dry after \d+ train examples, so its declared share of \d+\.\d% holds only up to --count \d+/);
    const max = suggested(e);
    expect(max).to.be.within(20, 399);
    const summary = await run('dry-ok', max, 0.9);
    expect(summary.train + summary.eval).to.equal(max);
    for (const row of Object.values(summary.mix)) expect(Math.abs(row.actual - row.declared)).to.be.at.most(0.05);
  });

  it('when eval cannot be filled, it says so with a --count that succeeds, and writes nothing', async () => {
    const e = await failure('eval-short', 400, 0.5);
    expect(e).to.be.instanceOf(CapacityError);
    expect(e.message).to.match(/held-out files can give only \d+ distinct eval examples/);
    const max = suggested(e);
    expect(max).to.be.above(0);
    await run('eval-ok', max, 0.5);
  });

  it('a shape no unit can play is left out with a warning, and the others share its weight', async () => {
    const path = join(root, 'never.yaml');
    writeFileSync(path, `${SHAPES}  - {name: impossible, weight: 5, when: [never], steps: [look], summaries: ["x {name}"]}\n`);
    const summary = await run('never', 40, 0.9, 1, { shapes: path });
    expect(warnings.some((w) => /no unit can play shape impossible \(when: never\)/.test(w)), JSON.stringify(warnings)).to.equal(true);
    expect(summary.mix.impossible).to.equal(undefined);
    expect(summary.mix['look-once'].declared).to.equal(0.6);
  });

  it('drops the shapes whose tools the definition lacks, with one warning; none left is an error naming the tools', async () => {
    const noPeek = join(root, 'no-peek.yaml');
    writeFileSync(noPeek, DEFINITION.replace(/  - name: peek\n(    .*\n)+/, ''));
    const summary = await run('no-peek', 20, 0.9, 1, { definition: noPeek });
    expect(warnings.filter((w) => w.includes('has no peek: shapes peek-first are left out'))).to.have.length(1);
    expect(Object.keys(summary.mix).sort()).to.deep.equal(['look-once', 'rare']);
    const noLook = join(root, 'no-look.yaml');
    writeFileSync(noLook, DEFINITION.replace(/  - name: look\n(    .*\n)+/, ''));
    let error: unknown;
    try {
      await run('no-look', 20, 0.9, 1, { definition: noLook });
    } catch (err) {
      error = err;
    }
    expect(error).to.be.instanceOf(DefinitionError);
    expect(String(error)).to.match(/no-look\.yaml: tools: has no "look", which every shape of this domain calls/);
  });
});
