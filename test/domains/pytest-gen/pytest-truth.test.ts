import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { projectPath } from '../../../src/paths.js';
import type { RunReport } from '../../../src/domains/pytest-gen/pytest-sim.js';
import { generateToTemp, tempDir, type GeneratedRun } from '../../support/generate-to-temp.js';
import { timelineOf, type TestTimeline } from '../../support/pytest-gen-conversation.js';
import { runPytestTrees, toRunReport, writeProjectTree, type JunitReport, type PytestTree } from '../../support/pytest-gen-pytest.js';
import { testPathOf } from '../../../src/domains/pytest-gen/model.js';

// The default run (count 150, split 0.9) on the curated fixtures, and a run on real code whose
// cases were observed by running it; every distinct test file in them is run with real pytest.
const RUNS = [
  { count: 150, split: 0.9, seed: 7, fixturesDir: projectPath('fixtures/test') },
  { count: 200, split: 0.9, seed: 3, fixturesDir: projectPath('fixtures/real') },
];

interface Distinct {
  root: string;
  module: string;
  path: string;
  content: string;
  tree?: PytestTree;
  real?: RunReport;
}

describe('test domain: every run_tests result and every final test file, against real pytest', function () {
  this.timeout(600_000);
  const runs: GeneratedRun[] = [];
  const timelines: { fixture: string; shape: string; t: TestTimeline; fn: string }[] = [];
  const files = new Map<string, Distinct>();
  let root = '';
  let subprocessCheck: { index: number; inprocess: JunitReport; subprocess: JunitReport }[] = [];
  let seconds = 0;

  const keyOf = (module: string, path: string, content: string) => `${module}\0${path}\0${content}`;
  const need = (root: string, module: string, path: string, content: string) => {
    const key = keyOf(module, path, content);
    if (!files.has(key)) files.set(key, { root, module, path, content });
  };
  const realOf = (module: string, path: string, content: string): RunReport => files.get(keyOf(module, path, content))!.real!;

  before(async () => {
    for (const r of RUNS) runs.push(await generateToTemp('test', r));
    runs.forEach((run, k) => {
      const fixtures = RUNS[k].fixturesDir;
      for (const ex of [...run.train, ...run.eval]) {
        const t = timelineOf(ex, fixtures);
        timelines.push({ fixture: ex.meta.fixture, shape: ex.meta.shape, t, fn: (ex.messages[1].content ?? '').match(/`([\w.]+)`/)![1].split('.').pop()! });
        for (const r of t.runs) need(fixtures, t.module, r.path, r.content);
        if (t.final !== null) need(fixtures, t.module, testPathOf(t.module), t.final);
        if (t.existing !== null) need(fixtures, t.module, testPathOf(t.module), t.existing);
      }
    });
    root = tempDir('trajgen-pytest-');
    const list = [...files.values()];
    list.forEach((f, i) => {
      f.tree = writeProjectTree(join(root, `t${i}`), f.root, f.module, f.path, f.content);
    });
    // Two trees (one passing, one failing) also go through `python3 -m pytest` in a child process.
    const failing = list.findIndex((f) => /pytest\.raises\(TypeError|== 0\b/.test(f.content));
    const picks = [...new Set([0, Math.max(0, failing)])];
    const started = process.hrtime.bigint();
    const out = await runPytestTrees(
      list.map((f) => f.tree!),
      picks,
    );
    seconds = Number(process.hrtime.bigint() - started) / 1e9;
    list.forEach((f, i) => {
      f.real = toRunReport(out.inprocess[i], f.path);
    });
    subprocessCheck = picks.map((i) => ({ index: i, inprocess: out.inprocess[i], subprocess: out.subprocess[String(i)] }));
    console.log(`      (${list.length} distinct test files, one real pytest run each, in ${seconds.toFixed(1)}s)`);
  });
  after(() => {
    runs.forEach((r) => r.cleanup());
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('runs pytest in-process exactly as `python3 -m pytest` does', () => {
    expect(subprocessCheck.length).to.be.greaterThan(0);
    for (const c of subprocessCheck) expect(c.inprocess, `tree ${c.index}`).to.deep.equal(c.subprocess);
  });

  it('claims in every run_tests result exactly what pytest reports for that test file', () => {
    let checked = 0;
    let failingRuns = 0;
    for (const { fixture, t } of timelines) {
      for (const r of t.runs) {
        expect(r.claimed, `${fixture}: run_tests on\n${r.content}`).to.deep.equal(realOf(t.module, r.path, r.content));
        checked++;
        if (r.claimed.failed > 0) failingRuns++;
      }
    }
    expect(checked).to.be.greaterThan(100);
    expect(failingRuns, 'no conversation shows a failing run').to.be.greaterThan(5);
  });

  it('ends every conversation with a test file that passes, and submits true counts', () => {
    for (const { fixture, shape, t } of timelines) {
      expect(t.final, `${fixture} ${shape}: no test file at submit`).to.not.equal(null);
      const real = realOf(t.module, testPathOf(t.module), t.final!);
      expect([real.failed, real.errors], `${fixture} ${shape}: final file fails\n${t.final}\n${JSON.stringify(real.failures)}`).to.deep.equal([0, 0]);
      expect(t.submit.tests_passing, `${fixture} ${shape}`).to.equal(real.passed);
      const before = t.existing === null ? 0 : realOf(t.module, testPathOf(t.module), t.existing).passed;
      expect(t.submit.tests_generated, `${fixture} ${shape}`).to.equal(t.written.length ? real.passed - before : 0);
      expect(t.submit.changed_files).to.deep.equal(t.written.length ? [testPathOf(t.module)] : []);
    }
  });

  it('shows a real failure message, then the corrected file passing, in every fix-failing-test conversation', () => {
    const rewrites = timelines.filter((x) => x.shape === 'fix-failing-test');
    expect(rewrites.length).to.be.greaterThan(5);
    const messages = new Set<string>();
    for (const { fixture, t } of rewrites) {
      expect(t.runs).to.have.length(2);
      expect(t.runs[0].claimed.failed, fixture).to.equal(1);
      expect(t.runs[1].claimed.failed, fixture).to.equal(0);
      messages.add(t.runs[0].claimed.failures[0].message.replace(/[0-9'].*$/, ''));
    }
    // Wrong values and wrong or unexpected exceptions both occur; pytest.raises around an
    // ordinary call is not a mistake the data teaches.
    expect([...messages].some((m) => m.startsWith('assert '))).to.equal(true);
    expect([...messages].some((m) => m.startsWith('Failed: DID NOT RAISE'))).to.equal(false);
    expect([...messages].some((m) => /Error: ?$|^\w+\.\w+: ?$/.test(m) || /Error/.test(m))).to.equal(true);
  });

  it('calls the function under test in an assert or pytest.raises of every test it adds', () => {
    let checked = 0;
    for (const { fixture, t, fn: name } of timelines) {
      if (t.final === null || !t.written.length) continue;
      const old = new Set(t.existing === null ? [] : [...t.existing.matchAll(/^def (test_\w+)\(/gm)].map((m) => m[1]));
      const defs = t.final.split('\n\n\n').filter((d) => /^def test_/m.test(d));
      for (const d of defs) {
        const test = d.match(/def (test_\w+)\(/)![1];
        if (old.has(test)) continue;
        const body = d.slice(d.indexOf('def '));
        const called = (line: string) => new RegExp(`\\b${name}\\(`).test(line);
        const lines = body.split('\n');
        const ok = lines.some((l, i) => (/^\s+assert /.test(l) && called(l)) || (/^\s+with pytest\.raises\(/.test(l) && called(lines[i + 1] ?? '')));
        expect(ok, `${fixture}: ${test} does not call ${name}\n${body}`).to.equal(true);
        checked++;
      }
    }
    expect(checked).to.be.greaterThan(100);
  });

  it('keeps every existing test when it rewrites a file that had tests', () => {
    for (const { fixture, t } of timelines) {
      if (t.existing === null) continue;
      const oldTests = [...t.existing.matchAll(/^def (test_\w+)\(/gm)].map((m) => m[1]);
      for (const w of t.written) for (const name of oldTests) expect(w, `${fixture}: ${name} was dropped`).to.match(new RegExp(`^def ${name}\\(`, 'm'));
    }
  });
});
