import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { projectPath } from '../../../src/paths.js';
import { tempDir } from '../../support/generate-to-temp.js';

const BIN = projectPath('bin', 'run.js');

const GOOD = `from typing import Literal


def connect(host: str, port: int = 5432, mode: Literal["ro", "rw"] = "ro") -> str:
    return f"{mode}://{host}:{port}"
`;

// A second usable file: eval holds out whole files, so a folder needs two for a split below 1.
const PING = `async def ping(host: str, timeout: float = 1.0) -> bool:
    return bool(host)
`;

// Callable has no rule; \`thing\` has neither annotation, default nor a telling name.
const BAD = `from typing import Callable


def schedule(job: Callable[[], None], every_seconds: int) -> None:
    pass


def mystery(thing, other=None):
    return thing
`;

function run(args: string[]) {
  return spawnSync(process.execPath, [BIN, 'sample-data', ...args], { encoding: 'utf8' });
}

describe('sample-data bad input: a function whose parameters cannot be generated', function () {
  let dir: string;
  before(() => {
    dir = tempDir('trajgen-sample-bad-');
    mkdirSync(join(dir, 'mixed'));
    writeFileSync(join(dir, 'mixed', 'good.py'), GOOD);
    writeFileSync(join(dir, 'mixed', 'net.py'), PING);
    writeFileSync(join(dir, 'mixed', 'bad.py'), BAD);
    mkdirSync(join(dir, 'only_bad'));
    writeFileSync(join(dir, 'only_bad', 'bad.py'), BAD);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each such function by name with the type at fault, skips it and writes only the others', () => {
    const out = join(dir, 'out-mixed');
    const r = run(['--fixtures', join(dir, 'mixed'), '--count', '6', '--split', '0.5', '--out', out]);
    expect(r.status, r.stderr).to.equal(0);
    const stderr = r.stderr.replace(/\s*›\s*/g, ' ');
    expect(stderr).to.match(/bad\.py:4: function schedule: parameter 'job' has type Callable\[\[\], None\], which no sample-data rule can generate; skipped/);
    expect(stderr).to.match(/bad\.py:8: function mystery: parameter 'thing' has no annotation, and neither its default nor its name says what values fit; skipped/);
    const text = ['train.jsonl', 'eval.jsonl'].map((f) => readFileSync(join(out, 'sample-data', f), 'utf8')).join('');
    expect(text.split('\n').filter(Boolean)).to.have.length(6);
    expect(text).to.not.include('def schedule');
    expect(text).to.not.include('def mystery');
    expect(text).to.include('def connect');
  });

  it('stops with an error naming the function under --strict, and writes no file', () => {
    const out = join(dir, 'out-strict');
    const r = run(['--fixtures', join(dir, 'mixed'), '--count', '6', '--split', '0.5', '--out', out, '--strict']);
    expect(r.status).to.equal(2);
    expect(r.stderr.replace(/\s*›\s*/g, ' ')).to.match(/bad\.py:4: function schedule: parameter 'job' has type Callable/);
    expect(existsSync(join(out, 'sample-data', 'train.jsonl'))).to.equal(false);
    expect(existsSync(join(out, 'sample-data', 'eval.jsonl'))).to.equal(false);
  });

  it('fails with no output when no function is usable, never filling in made-up values', () => {
    const out = join(dir, 'out-none');
    const r = run(['--fixtures', join(dir, 'only_bad'), '--count', '4', '--out', out]);
    expect(r.status).to.equal(2);
    const stderr = r.stderr.replace(/\s*›\s*/g, ' ');
    expect(stderr).to.include('function schedule');
    expect(stderr).to.include('function mystery');
    expect(stderr).to.include('no usable sample-data units');
    expect(existsSync(join(out, 'sample-data'))).to.equal(false);
  });

  it('skips a file that does not parse, naming the file and line', () => {
    mkdirSync(join(dir, 'broken'));
    writeFileSync(join(dir, 'broken', 'good.py'), GOOD);
    writeFileSync(join(dir, 'broken', 'net.py'), PING);
    writeFileSync(join(dir, 'broken', 'broken.py'), 'def oops(x: int:\n    return x\n');
    const out = join(dir, 'out-broken');
    const stdout = execFileSync(process.execPath, [BIN, 'sample-data', '--fixtures', join(dir, 'broken'), '--count', '4', '--split', '0.5', '--out', out, '--json'], { encoding: 'utf8' });
    const summary = JSON.parse(stdout);
    expect(summary.warnings.some((w: string) => /broken\.py:1: syntax error/.test(w))).to.equal(true);
    expect(summary.train + summary.eval).to.equal(4);
  });

  it('a folder with one file cannot hold one out for eval: a clear error, and --split 1 works', () => {
    mkdirSync(join(dir, 'single'));
    writeFileSync(join(dir, 'single', 'good.py'), GOOD);
    const out = join(dir, 'out-single');
    const r = run(['--fixtures', join(dir, 'single'), '--count', '4', '--split', '0.5', '--out', out]);
    expect(r.status).to.equal(2);
    expect(r.stderr.replace(/\s*›\s*/g, ' ')).to.include('eval holds out whole files, so that no eval code is seen in train, and the fixtures have only one file');
    expect(existsSync(join(out, 'sample-data'))).to.equal(false);
    const ok = run(['--fixtures', join(dir, 'single'), '--count', '1', '--split', '1', '--out', out]);
    expect(ok.status, ok.stderr).to.equal(0);
  });

  it('plays every shape on a function with **kwargs, where a misspelled key would still bind (no crash)', () => {
    mkdirSync(join(dir, 'kwargs'));
    writeFileSync(join(dir, 'kwargs', 'wrap.py'), 'def fill(text, width=70, **kwargs):\n    return text[:width]\n\n\ndef indent(text: str, prefix: str = "  ") -> str:\n    return prefix + text\n');
    writeFileSync(join(dir, 'kwargs', 'net.py'), `${PING}\n\nasync def fetch(url: str, retries: int = 3) -> bytes:\n    return url.encode()\n`);
    const out = join(dir, 'out-kwargs');
    const r = run(['--fixtures', join(dir, 'kwargs'), '--count', '40', '--split', '0.9', '--out', out, '--json']);
    expect(r.status, r.stderr).to.equal(0);
    const lines = ['train.jsonl', 'eval.jsonl'].flatMap((f) => readFileSync(join(out, 'sample-data', f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
    const malformed = lines.filter((ex) => ex.meta.shape === 'malformed-write-retry' && ex.messages[1].content.includes('def fill'));
    expect(malformed.length).to.be.greaterThan(0);
    // With **kwargs the only mistake that fails to bind is a missing required parameter.
    for (const ex of malformed) expect(ex.meta.tags).to.include('refused_missing');
  });
});
