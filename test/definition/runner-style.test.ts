import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadDefinition } from '../../src/definition/load-definition.js';
import { loadLintRules, ruffConfigText, ruffSelection } from '../../src/domains/lint/rules.js';
import { DefinitionError } from '../../src/errors.js';
import { projectPath } from '../../src/paths.js';
import { checkExample } from '../../src/record/check-example.js';
import { generateToTemp, tempDir, toolCalls, type GeneratedRun } from '../support/generate-to-temp.js';
import { replayLint } from '../support/lint-replay.js';
import { checkWithPython, truthItem } from '../support/docstring-truth.js';

const RUNNER = (domain: string) => projectPath('test', 'definition', 'runner-style', `${domain}.yaml`);

/** The checks every example of a runner-style definition passes: format, the operator's own schemas, [Context] where the definition puts it. */
function checkAgainstDefinition(run: GeneratedRun, domain: string): void {
  const def = loadDefinition(RUNNER(domain));
  for (const ex of [...run.train, ...run.eval]) {
    expect(checkExample(ex)).to.deep.equal([]);
    expect(ex.tools).to.deep.equal(JSON.parse(JSON.stringify(def.toolSchemas)));
    for (const c of toolCalls(ex)) {
      expect(def.validatorOf(c.name)(c.args), `${c.name} ${c.argsText}`).to.equal(true);
      expect(c.contexts.length, `[Context] after ${c.name}`).to.equal(def.providersOf(c.name).length);
    }
  }
}

describe('definition: runner-style definitions (model_id, unknown keys, no descriptions or enums, providers on other tools)', function () {
  const runs: Record<string, GeneratedRun> = {};
  before(async () => {
    for (const domain of ['lint', 'test', 'docstring', 'sample-data']) runs[domain] = await generateToTemp(domain, { count: 40, split: 0.8, seed: 4, definitionPath: RUNNER(domain) });
  });
  after(() => Object.values(runs).forEach((r) => r.cleanup()));

  it('load with a warning naming every key trajgen ignores, and tool schemas with an empty description where there is none', () => {
    const def = loadDefinition(RUNNER('lint'));
    expect(def.warnings).to.include('test/definition/runner-style/lint.yaml: (top level): runner is not read by trajgen; ignored');
    expect(def.warnings.some((w) => /tools\[1\] \(apply_fix\): timeout_s is not read/.test(w))).to.equal(true);
    expect(def.toolSchemas.find((t) => t.function.name === 'apply_fix')!.function.description).to.equal('');
    expect(def.definition.model_id).to.equal('models/lint_functiongemma_q8.gguf');
  });

  for (const domain of ['lint', 'test', 'docstring', 'sample-data']) {
    it(`${domain}: every example is well formed, validates against the operator's schemas and puts [Context] after the tool that lists it`, () => {
      checkAgainstDefinition(runs[domain], domain);
    });
  }

  it('lint: ruff_config after apply_fix; every tool result still equals real ruff', async () => {
    // A clean file never reaches apply_fix, so its conversation never shows the settings: use trajgen's.
    const known = ruffConfigText(ruffSelection(await loadLintRules()));
    const shown = [...runs.lint.train, ...runs.lint.eval].flatMap((ex) => toolCalls(ex).flatMap((c) => c.contexts));
    expect(shown.length).to.be.greaterThan(0);
    for (const text of shown) expect(text).to.equal(known);
    for (const ex of [...runs.lint.train, ...runs.lint.eval]) replayLint(ex, known);
  });

  it('sample-data: with existing_fixtures only after the write, nothing is skipped for fixtures the agent could not see, and says so once', () => {
    const all = [...runs['sample-data'].train, ...runs['sample-data'].eval];
    expect(all.some((ex) => ex.meta.shape === 'skip-existing')).to.equal(false);
    for (const ex of all) for (const c of toolCalls(ex)) if (c.name === 'write_fixture_file') expect(c.args.format).to.equal('json');
    const notes = runs['sample-data'].summary.warnings.filter((w) => w.includes('existing_fixtures comes only after write_fixture_file'));
    expect(notes).to.have.length(1);
  });

  it('docstring: with the style shown only after the write, every example writes the default style, says so once, and stays true', () => {
    const all = [...runs.docstring.train, ...runs.docstring.eval];
    for (const ex of all) {
      for (const c of toolCalls(ex)) {
        if (c.name === 'write_docstring') expect([c.args.style, c.contexts]).to.deep.equal(['google', ['google']]);
        if (c.name === 'read_current_docstring') expect(c.contexts).to.deep.equal([]);
      }
    }
    expect(runs.docstring.summary.warnings.filter((w) => w.includes('docstring_style comes only after write_docstring'))).to.have.length(1);
    const verdicts = checkWithPython(all.map((ex, i) => truthItem(String(i), ex)));
    expect([...verdicts.values()].filter((p) => p.length > 0)).to.deep.equal([]);
  });

  it('a definition that has lost every shape fails, naming the missing tools, and writes nothing', async () => {
    const dir = tempDir();
    const path = join(dir, 'lint.yaml');
    writeFileSync(path, readFileSync(RUNNER('lint'), 'utf8').replace('- name: run_linter', '- name: ruff'));
    let error: unknown;
    try {
      await generateToTemp('lint', { count: 5, definitionPath: path });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DefinitionError);
    expect(String((error as Error).message)).to.match(/lint\.yaml: tools: has no "run_linter", which every shape of this domain calls/);
  });
});
