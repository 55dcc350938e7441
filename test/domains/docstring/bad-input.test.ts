import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { projectPath } from '../../../src/paths.js';
import { tempDir } from '../../support/generate-to-temp.js';

const BIN = projectPath('bin', 'run.js');

/** Runs the CLI expecting failure; returns stderr. */
function fails(args: string[]): string {
  try {
    execFileSync(process.execPath, [BIN, 'docstring', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { status: number; stderr: string };
    expect(err.status).to.not.equal(0);
    // oclif wraps long messages onto ` ›   ` continuation lines.
    return err.stderr.replace(/\s*\n\s*›\s*/g, ' ');
  }
  throw new Error(`trajgen docstring ${args.join(' ')} succeeded`);
}

function fixtures(files: Record<string, string>): string {
  const dir = tempDir('trajgen-docstring-fixtures-');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const GOOD_PY = 'def double(x: int) -> int:\n    return 2 * x\n';
const GOOD_DOCS = 'double:\n  summary: Return twice the number.\n  params:\n    x: The number to double.\n  returns: Two times x.\n';

describe('docstring: bad input', () => {
  it('fails on a fixtures folder with no functions, naming the folder, and writes nothing', () => {
    const dir = fixtures({ 'constants.py': 'LIMIT = 10\nNAMES = ["a", "b"]\n' });
    const out = tempDir();
    const err = fails(['--fixtures', dir, '--out', out, '--count', '5']);
    expect(err).to.include('no usable docstring units');
    expect(err).to.include('(skipped: 1 a file with no functions or classes)');
    expect(existsSync(join(out, 'docstring'))).to.equal(false);
  });

  it('fails on a definition whose style enum lacks a style, naming the file and field', () => {
    const yaml = readFileSync(projectPath('rules/docstring/subagent.yaml'), 'utf8').replace('          enum: [google, numpy, sphinx]\n', '          enum: [google, numpy]\n');
    const dir = tempDir();
    const def = join(dir, 'no-enum.yaml');
    writeFileSync(def, yaml);
    const out = join(dir, 'out');
    const err = fails(['--definition', def, '--out', out, '--count', '5']);
    expect(err).to.include('no-enum.yaml: tools (write_docstring).parameters.properties.style.enum: the style enum lacks sphinx');
    expect(existsSync(out)).to.equal(false);
  });

  it('fails on a sidecar that describes a parameter the function does not have, naming file and key', () => {
    const dir = fixtures({ 'math_helpers.py': GOOD_PY, 'math_helpers.docs.yaml': GOOD_DOCS.replace('    x: The number to double.\n', '    x: The number to double.\n    y: Not there.\n') });
    const out = tempDir();
    const err = fails(['--fixtures', dir, '--out', out, '--count', '3']);
    expect(err).to.include('math_helpers.docs.yaml');
    expect(err).to.include('double: params.y is not a parameter');
    expect(existsSync(join(out, 'docstring'))).to.equal(false);
  });

  it('names the file and line of a malformed sidecar, and of a sidecar value of the wrong kind', () => {
    const broken = fixtures({ 'math_helpers.py': GOOD_PY, 'math_helpers.docs.yaml': GOOD_DOCS.replace('  returns: Two times x.\n', '  returns: [Two times x.\n') });
    expect(fails(['--fixtures', broken, '--out', tempDir(), '--count', '3'])).to.match(/math_helpers\.docs\.yaml:6: malformed YAML/);
    const wrong = fixtures({ 'math_helpers.py': GOOD_PY, 'math_helpers.docs.yaml': GOOD_DOCS.replace('  returns: Two times x.\n', '  returns: [1, 2]\n') });
    expect(fails(['--fixtures', wrong, '--out', tempDir(), '--count', '3'])).to.match(/math_helpers\.docs\.yaml:5: double\.returns: /);
  });

  it('fails on a sidecar entry for a function that does not exist', () => {
    const dir = fixtures({ 'math_helpers.py': GOOD_PY, 'math_helpers.docs.yaml': `${GOOD_DOCS}triple:\n  summary: Gone.\n` });
    const err = fails(['--fixtures', dir, '--out', tempDir(), '--count', '3']);
    expect(err).to.include('math_helpers.docs.yaml');
    expect(err).to.include('triple: no such function or class');
  });

  it('skips a function without a sidecar entry with a warning naming it, and fails under --strict', () => {
    const dir = fixtures({ 'math_helpers.py': `${GOOD_PY}\n\ndef halve(x: int) -> float:\n    return x / 2\n`, 'math_helpers.docs.yaml': GOOD_DOCS });
    mkdirSync(join(dir, 'out'));
    const stdout = execFileSync(process.execPath, [BIN, 'docstring', '--fixtures', dir, '--out', join(dir, 'out'), '--count', '4', '--split', '1', '--json'], { encoding: 'utf8' });
    const summary = JSON.parse(stdout) as { warnings: string[]; train: number };
    expect(summary.train).to.equal(4);
    expect(summary.warnings.join('\n')).to.include('halve has no entry in');
    const err = fails(['--fixtures', dir, '--out', tempDir(), '--count', '4', '--strict']);
    expect(err).to.include('math_helpers.py:5');
    expect(err).to.include('halve has no entry');
  });

  it('skips a fixture with a syntax error with a warning naming file and line', () => {
    const dir = fixtures({ 'math_helpers.py': GOOD_PY, 'math_helpers.docs.yaml': GOOD_DOCS, 'broken.py': 'def f(:\n    pass\n' });
    const stdout = execFileSync(process.execPath, [BIN, 'docstring', '--fixtures', dir, '--out', tempDir(), '--count', '3', '--split', '1', '--json'], { encoding: 'utf8' });
    expect((JSON.parse(stdout) as { warnings: string[] }).warnings.join('\n')).to.match(/broken\.py:1: syntax error/);
  });
});
