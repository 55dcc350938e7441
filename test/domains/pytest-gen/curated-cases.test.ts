import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadDefinition } from '../../../src/definition/load-definition.js';
import { loadSampleRules } from '../../../src/domains/sample-data/rules.js';
import { discoverSources } from '../../../src/parse/discover-sources.js';
import { loadFixtureModules } from '../../../src/domains/pytest-gen/load-fixtures.js';
import { projectPath } from '../../../src/paths.js';
import { tempDir } from '../../support/generate-to-temp.js';

const BIN = projectPath('bin', 'run.js');

function cli(args: string[]): { code: number; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'test', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, COLUMNS: '1000' } });
  // oclif wraps long messages to the terminal width and prefixes them; compare them as one line.
  return { code: r.status ?? -1, stderr: r.stderr.replace(/\s*\n\s*(›\s*)?/g, ' ') };
}

const GOOD = 'def double(n: int) -> int:\n    return 2 * n\n\n\ndef halve(n: int) -> int:\n    if n % 2:\n        raise ValueError("odd")\n    return n // 2\n';
const GOOD_CASES = [
  'functions:',
  '  double:',
  '    cases:',
  "      - {id: one, call: 'double(1)', returns: '2'}",
  "      - {id: two, call: 'double(2)', returns: '4'}",
  "      - {id: zero, call: 'double(0)', returns: '0'}",
  "      - {id: negative, call: 'double(-3)', returns: '-6'}",
].join('\n');
// halve(3) raises, and halve(10) is 5: both curated cases below are wrong about the code.
const BAD_CASES = ['  halve:', '    cases:', "      - {id: four, call: 'halve(4)', returns: '2'}", "      - {id: ten, call: 'halve(10)', returns: '6'}"].join('\n');

describe('test domain: curated cases against the real functions', function () {
  this.timeout(300_000);
  let dir = '';
  beforeEach(() => {
    dir = tempDir('trajgen-test-fixtures-');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ships at least 30 functions in at least 8 modules whose every curated case python3 confirms', async () => {
    const warnings: string[] = [];
    const definition = loadDefinition(projectPath('rules/test/subagent.yaml'));
    const ctx = { fixturesDir: projectPath('fixtures/test'), definition, strict: true, warn: (m: string) => warnings.push(m), skipUnit: () => {} };
    const modules = loadFixtureModules({ ...ctx, sources: discoverSources(ctx.fixturesDir, ctx).sources }, await loadSampleRules());
    expect(warnings).to.deep.equal([]);
    expect(modules.length).to.be.at.least(8);
    const fns = modules.flatMap((m) => m.functions);
    expect(fns.length).to.be.at.least(30);
    for (const fn of fns) expect(fn.cases.length, fn.qualName).to.be.at.least(3);
    const categories = new Set(fns.flatMap((f) => f.categories));
    for (const c of ['async', 'decorated', 'method', 'varargs', 'no_annotations', 'generator']) expect(categories.has(c), c).to.equal(true);
  });

  it('reports a function whose curated case the code disagrees with, by name and case, and writes no example from it', () => {
    const fixtures = join(dir, 'fx');
    mkdirSync(fixtures);
    writeFileSync(join(fixtures, 'arith.py'), GOOD);
    writeFileSync(join(fixtures, 'arith.yaml'), `${GOOD_CASES}\n${BAD_CASES}\n`);
    const out = join(dir, 'out');
    const r = cli(['--fixtures', fixtures, '--count', '3', '--split', '1', '--out', out]);
    expect(r.code, r.stderr).to.equal(0);
    expect(r.stderr).to.match(/halve case ten: `halve\(10\)` returned 5, curated returns 6/);
    const lines = readFileSync(join(out, 'test', 'train.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(lines).to.have.length(3);
    for (const line of lines) expect(JSON.parse(line).messages[1].content).to.not.include('halve');
  });

  it('fails (exit 2) naming the function and case, and writes nothing, when no function is left or under --strict', () => {
    const fixtures = join(dir, 'fx');
    mkdirSync(fixtures);
    writeFileSync(join(fixtures, 'arith.py'), GOOD);
    writeFileSync(join(fixtures, 'arith.yaml'), `functions:\n${BAD_CASES}\n`);
    const out = join(dir, 'out');
    const alone = cli(['--fixtures', fixtures, '--count', '2', '--out', out]);
    expect(alone.code).to.equal(2);
    expect(alone.stderr).to.include('halve case ten');
    expect(alone.stderr).to.include('no usable test units');
    expect(existsSync(join(out, 'test', 'train.jsonl'))).to.equal(false);

    writeFileSync(join(fixtures, 'arith.yaml'), `${GOOD_CASES}\n${BAD_CASES}\n`);
    const strict = cli(['--fixtures', fixtures, '--count', '2', '--out', out, '--strict']);
    expect(strict.code).to.equal(2);
    expect(strict.stderr).to.match(/arith\.yaml: halve case ten: `halve\(10\)` returned 5/);
    expect(existsSync(join(out, 'test'))).to.equal(false);
  });

  it('names the file and field of malformed curated data, and a call that does not call the function', () => {
    const fixtures = join(dir, 'fx');
    mkdirSync(fixtures);
    writeFileSync(join(fixtures, 'arith.py'), GOOD);
    writeFileSync(join(fixtures, 'arith.yaml'), "functions:\n  double:\n    cases:\n      - {id: one, call: 'double(1)', returns: 2}\n");
    const out = join(dir, 'out');
    const bad = cli(['--fixtures', fixtures, '--count', '2', '--out', out, '--strict']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.match(/arith\.yaml:4: functions\.double\.cases\.0/);
    writeFileSync(join(fixtures, 'arith.yaml'), `${GOOD_CASES}\n      - {id: broken, call: 'double(1)'\n`);
    const malformed = cli(['--fixtures', fixtures, '--count', '2', '--out', out, '--strict']);
    expect(malformed.code).to.equal(2);
    expect(malformed.stderr).to.match(/arith\.yaml:\d+: malformed YAML/);
    writeFileSync(join(fixtures, 'arith.yaml'), `${GOOD_CASES}\n      - {id: wrong_call, call: 'halve(2)', returns: '1'}\n`);
    const call = cli(['--fixtures', fixtures, '--count', '2', '--out', out, '--strict']);
    expect(call.code).to.equal(2);
    expect(call.stderr).to.include('double: case wrong_call: `halve(2)` does not call double');
    expect(existsSync(join(out, 'test'))).to.equal(false);
  });
});
