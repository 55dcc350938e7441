import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadDefinition } from '../../src/definition/load-definition.js';
import { loadDomain } from '../../src/domains/registry.js';
import { splitCounts } from '../../src/generate/pipeline.js';
import { projectPath } from '../../src/paths.js';
import { checkExample } from '../../src/record/check-example.js';
import { loadShapes } from '../../src/shapes/load-shapes.js';
import { generateToTemp, shownCode, tempDir, toolCalls, type GeneratedRun } from './generate-to-temp.js';
import { BAD_WORDS, evalLeaks, failedTargets, prefixConflicts } from './training-signal.js';

const BIN = projectPath('bin', 'run.js');

/**
 * The checks every domain's output must pass (DESIGN section 4 "format", "schema", "split",
 * plus determinism): one call per domain test file, `describeDomainContract('docstring')`.
 */
export function describeDomainContract(domainName: string, opts: { count?: number } = {}): void {
  const count = opts.count ?? 40;

  describe(`${domainName}: output contract`, function () {
    let run: GeneratedRun;
    before(async () => {
      run = await generateToTemp(domainName, { count, split: 0.8, seed: 11 });
    });
    after(() => run?.cleanup());

    it('writes every line as valid JSON of the TrainingExample schema, in the runner order, ending with submit_result', () => {
      const lines = [...run.trainText.split('\n'), ...run.evalText.split('\n')].filter(Boolean);
      expect(lines).to.have.length(count);
      for (const line of lines) {
        const problems = checkExample(JSON.parse(line));
        expect(problems, line.slice(0, 200)).to.deep.equal([]);
      }
      expect(run.trainText.endsWith('\n') && run.evalText.endsWith('\n')).to.equal(true);
    });

    it("validates every call's arguments against the definition's JSON Schema", async () => {
      const domain = await loadDomain(domainName);
      const def = loadDefinition(projectPath(domain.definitionPath));
      for (const ex of [...run.train, ...run.eval]) {
        expect(ex.tools).to.deep.equal(JSON.parse(JSON.stringify(def.toolSchemas)));
        for (const call of toolCalls(ex)) {
          const validate = def.validatorOf(call.name);
          expect(validate(call.args), `${call.name} ${JSON.stringify(call.args)}: ${JSON.stringify(validate.errors)}`).to.equal(true);
        }
        expect(ex.meta.domain).to.equal(domainName);
        expect(ex.meta.seed).to.equal(11);
      }
    });

    it('writes no line twice and no eval node code into train', () => {
      const lines = [...run.trainText.split('\n'), ...run.evalText.split('\n')].filter(Boolean);
      expect(new Set(lines).size).to.equal(lines.length);
      const trainCodes = new Set(run.train.map(shownCode));
      for (const ex of run.eval) expect(trainCodes.has(shownCode(ex)), `eval code of ${ex.meta.fixture} is in train`).to.equal(false);
    });

    it('has multi-turn (2-5 calls) conversations, single-turn ones where a shape has one step, all within max_turns, and only edge cases in eval', async () => {
      const domain = await loadDomain(domainName);
      const { max_turns } = loadDefinition(projectPath(domain.definitionPath)).definition;
      const calls = [...run.train, ...run.eval].map((ex) => toolCalls(ex).length - 1);
      const singleStep = loadShapes(projectPath(domain.shapesPath), domain.vocabulary).some((sh) => sh.steps.length === 1);
      expect(calls.some((c) => c === 1), 'single-turn examples exactly when a shape has one step').to.equal(singleStep);
      expect(calls.some((c) => c >= 2 && c <= 5), 'no multi-turn example').to.equal(true);
      // The runner stops after max_turns model turns; the submit_result call is one of them.
      expect(Math.max(...calls) + 1).to.be.at.most(max_turns);
      for (const ex of run.eval) expect(ex.meta.tags.length, `eval example ${ex.meta.fixture} has no edge tag`).to.be.greaterThan(0);
    });

    it('is byte-identical for the same seed and differs for another seed', async () => {
      const again = await generateToTemp(domainName, { count, split: 0.8, seed: 11 });
      const other = await generateToTemp(domainName, { count, split: 0.8, seed: 12 });
      try {
        expect(again.trainText).to.equal(run.trainText);
        expect(again.evalText).to.equal(run.evalText);
        expect(other.trainText + other.evalText).to.not.equal(run.trainText + run.evalText);
      } finally {
        again.cleanup();
        other.cleanup();
      }
    });

    it('no eval node code appears inside any train message (existing tests and class bodies included)', () => {
      expect(evalLeaks(run.train, run.eval)).to.deep.equal([]);
    });

    it('the same visible state always gets the same next learned call, over the whole run', () => {
      expect(prefixConflicts([...run.train, ...run.eval])).to.deep.equal([]);
    });

    it('learning targets: every failed call is left out, every turn of a mistake-free shape is in, and a shape with a mistake leaves some out', async () => {
      const domain = await loadDomain(domainName);
      const shapes = new Map(loadShapes(projectPath(domain.shapesPath), domain.vocabulary).map((sh) => [sh.name, sh]));
      for (const ex of [...run.train, ...run.eval]) {
        expect(failedTargets(ex), `${ex.meta.shape} ${ex.meta.fixture}`).to.deep.equal([]);
        const assistant = ex.messages.flatMap((m, i) => (m.role === 'assistant' ? [i] : []));
        const shape = shapes.get(ex.meta.shape)!;
        const mistakes = shape.steps.filter((st) => st.mistake).length;
        if (mistakes === 0) expect(ex.meta.targets, ex.meta.shape).to.deep.equal(assistant);
        else expect(assistant.length - ex.meta.targets.length, ex.meta.shape).to.be.at.least(mistakes);
      }
    });

    it('summaries are grammatical: 1 issue, 2 fixes, 1 test', () => {
      for (const ex of [...run.train, ...run.eval]) {
        const summary = String(JSON.parse(ex.messages[ex.messages.length - 1].tool_calls![0].function.arguments).summary);
        expect(BAD_WORDS.exec(summary)?.[0] ?? null, summary).to.equal(null);
      }
    });

    for (const factor of [1, 2]) {
      it(`holds the declared shape mix within 5 points at ${factor} x the default count`, async function () {
        const domain = await loadDomain(domainName);
        const n = domain.defaultCount * factor;
        const r = factor === 1 && count === n ? run : await generateToTemp(domainName, { count: n, split: 0.9, seed: 5 });
        try {
          const all = [...r.train, ...r.eval];
          for (const sh of loadShapes(projectPath(domain.shapesPath), domain.vocabulary)) {
            const actual = all.filter((ex) => ex.meta.shape === sh.name).length / all.length;
            expect(Math.abs(actual - sh.share), `${sh.name}: declared ${sh.share}, written ${actual}`).to.be.at.most(0.05);
            expect(r.summary.mix[sh.name].declared).to.be.closeTo(sh.share, 1e-4);
          }
        } finally {
          if (r !== run) r.cleanup();
        }
      });
    }

    for (const split of [0.5, 0.75, 1]) {
      it(`splits 20 examples as round(20 x ${split}) train for --split ${split}`, async () => {
        const r = await generateToTemp(domainName, { count: 20, split, seed: 3 });
        try {
          const want = splitCounts(20, split);
          expect([r.train.length, r.eval.length]).to.deep.equal([want.train, want.eval]);
        } finally {
          r.cleanup();
        }
      });
    }

    it(`writes exactly 10 examples through bin/run.js ${domainName} --count 10`, () => {
      const out = tempDir();
      const stdout = execFileSync(process.execPath, [BIN, domainName, '--count', '10', '--out', out, '--json'], { encoding: 'utf8' });
      const summary = JSON.parse(stdout);
      expect(summary.train + summary.eval).to.equal(10);
      const files = readdirSync(join(out, domainName)).sort();
      // README.md is the dataset card every run writes beside the data.
      expect(files).to.deep.equal(['README.md', 'eval.jsonl', 'train.jsonl']);
      const lines = files.filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(join(out, domainName, f), 'utf8').split('\n').filter(Boolean));
      expect(lines).to.have.length(10);
    });
  });
}
