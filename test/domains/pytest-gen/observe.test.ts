import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadDefinition } from '../../../src/definition/load-definition.js';
import { FixtureError } from '../../../src/errors.js';
import { loadFixtureModules } from '../../../src/domains/pytest-gen/load-fixtures.js';
import { loadSampleRules } from '../../../src/domains/sample-data/rules.js';
import { discoverSources } from '../../../src/parse/discover-sources.js';
import { initPython } from '../../../src/parse/python.js';
import { projectPath } from '../../../src/paths.js';
import { tempDir } from '../../support/generate-to-temp.js';
import { runCli } from '../../support/run-cli.js';

const OUTSIDE = join(tempDir('trajgen-guard-'), 'written-by-a-fixture.txt');

// Every function here needs the outside world, except double and halve.
const RISKY = `import os
import random
import socket
import time


def double(count: int) -> int:
    return 2 * count


def halve(count: int) -> int:
    if count % 2:
        raise ValueError(f"odd: {count}")
    return count // 2


def write_note(text: str) -> int:
    with open(${JSON.stringify(OUTSIDE)}, "w") as f:
        return f.write(text)


def ping(host: str) -> bool:
    socket.create_connection((host, 80))
    return True


def wait(count: int) -> int:
    while True:
        pass


def stamp(count: int) -> float:
    return time.time() + count


def roll(count: int) -> int:
    return random.randint(1, 6) + count


def home(name: str) -> str:
    return os.environ.get(name, "")


def where(count: int) -> str:
    return os.getcwd() * count
`;

function fixtures(files: Record<string, string>): string {
  const dir = tempDir('trajgen-observe-fx-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function load(dir: string, strict = false) {
  const warnings: string[] = [];
  const skipped: string[] = [];
  const ctx = { fixturesDir: dir, definition: loadDefinition(projectPath('rules/test/subagent.yaml')), strict, warn: (w: string) => warnings.push(w), skipUnit: (r: string) => skipped.push(r) };
  const modules = loadFixtureModules({ ...ctx, sources: discoverSources(dir, ctx).sources }, await loadSampleRules());
  return { modules, warnings, skipped };
}

describe('test domain: behaviour observed by running real code, behind guards', function () {
  this.timeout(120_000);
  before(initPython);
  after(() => rmSync(join(OUTSIDE, '..'), { recursive: true, force: true }));

  it('observes pure functions and skips, never observes, one that writes, connects, hangs, reads the clock, the environment or the working folder, or draws random numbers', async () => {
    const { modules, skipped } = await load(fixtures({ 'risky.py': RISKY }));
    expect(modules.flatMap((m) => m.functions.map((f) => f.qualName)).sort()).to.deep.equal(['double', 'halve']);
    const halve = modules[0].functions.find((f) => f.qualName === 'halve')!;
    expect(halve.cases.some((c) => c.outcome.kind === 'raises' && c.outcome.exc.name === 'ValueError' && /^odd: /.test(c.outcome.message))).to.equal(true);
    expect(halve.cases.some((c) => c.outcome.kind === 'returns')).to.equal(true);
    for (const reason of ['writes a file', 'opens a socket', 'takes longer than 1 s', 'reads the clock', 'draws random numbers', 'reads the environment', 'reads the working directory']) {
      expect(skipped, reason).to.include(reason);
    }
    expect(existsSync(OUTSIDE), 'a fixture wrote outside the temp folder').to.equal(false);
  });

  it('a module whose import raises, or hangs, is named in a warning and skipped; under --strict it is an error', async () => {
    const dir = fixtures({ 'ok.py': 'def double(count: int) -> int:\n    return 2 * count\n', 'boom.py': 'raise RuntimeError("no config")\n\ndef f(count: int) -> int:\n    return count\n', 'stuck.py': 'while True:\n    pass\n\ndef g(count: int) -> int:\n    return count\n' });
    const { modules, warnings } = await load(dir);
    expect(modules.map((m) => m.name)).to.deep.equal(['ok']);
    expect(warnings.join('\n')).to.match(/boom\.py: cannot observe module boom: RuntimeError: no config; its functions are skipped/);
    expect(warnings.join('\n')).to.match(/stuck\.py: cannot observe module stuck: takes too long to import/);
    let error: unknown;
    try {
      await load(dir, true);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(FixtureError);
  });

  it('trajgen test on such a folder under --strict exits 2 naming the module, and writes nothing', () => {
    const dir = fixtures({ 'ok.py': 'def double(count: int) -> int:\n    return 2 * count\n', 'boom.py': 'raise RuntimeError("no config")\n\n\ndef f(count: int) -> int:\n    return count\n' });
    mkdirSync(join(dir, 'sub'));
    const out = tempDir();
    const r = runCli(['test', '--fixtures', dir, '--count', '2', '--split', '1', '--strict', '--out', out]);
    expect(r.status).to.equal(2);
    expect(r.stderr.replace(/\s*›\s*/g, ' ')).to.include('boom.py: cannot observe module boom: RuntimeError: no config');
    expect(existsSync(join(out, 'test'))).to.equal(false);
  });
});
