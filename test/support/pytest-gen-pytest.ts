import { spawn } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PYTEST_INI } from '../../src/domains/pytest-gen/pytest-config.js';
import type { RunReport } from '../../src/domains/pytest-gen/pytest-sim.js';
import { projectPath } from '../../src/paths.js';

/** One project as run_tests sees it: the module at the root, the test file, pytest.ini. */
export interface PytestTree {
  dir: string;
  /** The test file, relative to dir: tests/test_<module>.py. */
  path: string;
}

interface JunitTest {
  classname: string;
  name: string;
  outcome: 'passed' | 'failed' | 'error' | 'skipped';
  message: string | null;
}
export interface JunitReport {
  exit: number;
  tests: JunitTest[];
}

export function writeTree(dir: string, module: string, moduleSource: string, testPath: string, testContent: string): PytestTree {
  mkdirSync(dirname(join(dir, testPath)), { recursive: true });
  writeFileSync(join(dir, `${module}.py`), moduleSource);
  writeFileSync(join(dir, testPath), testContent);
  writeFileSync(join(dir, 'pytest.ini'), PYTEST_INI);
  return { dir, path: testPath };
}

/**
 * A project for one test file of a module under `fixturesRoot`: the module's top-level package
 * (or the module file) linked in, as the real project lays it out, so package imports work.
 */
export function writeProjectTree(dir: string, fixturesRoot: string, module: string, testPath: string, testContent: string): PytestTree {
  mkdirSync(dirname(join(dir, testPath)), { recursive: true });
  const top = module.split('.')[0];
  const entry = module.includes('.') ? top : `${top}.py`;
  symlinkSync(join(fixturesRoot, entry), join(dir, entry));
  writeFileSync(join(dir, testPath), testContent);
  writeFileSync(join(dir, 'pytest.ini'), PYTEST_INI);
  return { dir, path: testPath };
}

function runChunk(trees: PytestTree[], alsoSubprocess: number[]): Promise<{ inprocess: JunitReport[]; subprocess: Record<string, JunitReport> }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('python3', ['-B', projectPath('test/support/python/run_pytest_trees.py')], {
      env: { PATH: process.env.PATH ?? '', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0', HOME: trees[0] ? dirname(trees[0].dir) : '/tmp' },
      timeout: 600_000,
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`run_pytest_trees.py failed (${code}): ${err}`))));
    child.stdin.end(JSON.stringify({ trees, subprocess: alsoSubprocess }));
  });
}

/**
 * Real pytest on every tree (pytest.main per tree, in two python3 processes side by side), plus
 * `python3 -m pytest` in a child process for the trees listed in `alsoSubprocess`. Nothing is
 * written outside the trees; every process has a timeout.
 */
export async function runPytestTrees(trees: PytestTree[], alsoSubprocess: number[] = []): Promise<{ inprocess: JunitReport[]; subprocess: Record<string, JunitReport> }> {
  const half = Math.ceil(trees.length / 2);
  const chunks = [trees.slice(0, half), trees.slice(half)].filter((c) => c.length);
  const results = await Promise.all(chunks.map((c, k) => runChunk(c, alsoSubprocess.filter((i) => i >= k * half && i < k * half + c.length).map((i) => i - k * half))));
  const subprocess: Record<string, JunitReport> = {};
  results.forEach((r, k) => Object.entries(r.subprocess).forEach(([i, rep]) => (subprocess[String(Number(i) + k * half)] = rep)));
  return { inprocess: results.flatMap((r) => r.inprocess), subprocess };
}

/**
 * The run_tests result for a junit report, by the definition in src/domains/pytest-gen/pytest-sim.ts:
 * node id from classname and name, message = first line of the crash message, with the
 * `AssertionError: ` prefix dropped before a rewritten `assert ...`.
 */
export function toRunReport(junit: JunitReport, testPath: string): RunReport {
  const report: RunReport = { passed: 0, failed: 0, errors: 0, failures: [] };
  for (const t of junit.tests) {
    const file = `${t.classname.replace(/\./g, '/')}.py`;
    if (file !== testPath) throw new Error(`unexpected test file ${file} in the report of ${testPath}: ${t.name} ${t.outcome} ${t.message}`);
    if (t.outcome === 'passed') report.passed++;
    else if (t.outcome === 'skipped') throw new Error(`${t.name} was skipped`);
    else {
      if (t.outcome === 'failed') report.failed++;
      else report.errors++;
      const first = (t.message ?? '').split('\n')[0];
      report.failures.push({ test: `${file}::${t.name}`, message: first.replace(/^AssertionError: (?=assert )/, '') });
    }
  }
  return report;
}
