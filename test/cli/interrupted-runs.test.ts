import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { projectPath } from '../../src/paths.js';
import { tempDir } from '../support/generate-to-temp.js';
import { runCli } from '../support/run-cli.js';

const BIN = projectPath('bin', 'run.js');

/** A long lint run into `out`, and a promise of its exit code. */
function longRun(out: string): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [BIN, 'lint', '--count', '100000', '--out', out], { stdio: 'ignore' });
  return { child, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

/** Waits until the run has started writing: its staging folder holds a temp file. */
async function writing(out: string, pid: number): Promise<void> {
  const staging = join(out, `.lint.${pid}.staging`);
  for (let i = 0; i < 600; i++) {
    if (existsSync(staging) && readdirSync(staging).some((f) => f.endsWith('.tmp'))) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the run never started writing');
}

function earlierOutput(): string {
  const out = tempDir();
  mkdirSync(join(out, 'lint'));
  writeFileSync(join(out, 'lint', 'train.jsonl'), 'earlier train\n');
  writeFileSync(join(out, 'lint', 'eval.jsonl'), 'earlier eval\n');
  return out;
}

function expectEarlierOutputOnly(out: string): void {
  expect(readdirSync(out)).to.deep.equal(['lint']);
  expect(readdirSync(join(out, 'lint')).sort()).to.deep.equal(['eval.jsonl', 'train.jsonl']);
  expect(readFileSync(join(out, 'lint', 'train.jsonl'), 'utf8')).to.equal('earlier train\n');
  expect(readFileSync(join(out, 'lint', 'eval.jsonl'), 'utf8')).to.equal('earlier eval\n');
}

describe('cli: interrupted and concurrent runs', function () {
  this.timeout(180_000);

  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} mid-run: exit ${code}, earlier output intact, no temp file, staging folder or lock left`, async () => {
      const out = earlierOutput();
      const run = longRun(out);
      await writing(out, run.child.pid!);
      run.child.kill(signal);
      expect(await run.exited).to.equal(code);
      expectEarlierOutputOnly(out);
    });
  }

  it('a second run into the same --out while the first writes is refused (exit 2), and never mixes the pair', async () => {
    const out = earlierOutput();
    const first = longRun(out);
    await writing(out, first.child.pid!);
    const second = runCli(['lint', '--count', '5', '--out', out]);
    expect(second.status).to.equal(2);
    expect(second.stderr.replace(/\s*›\s*/g, ' ')).to.include(`another trajgen run (pid ${first.child.pid}) is writing`);
    first.child.kill('SIGINT');
    await first.exited;
    expectEarlierOutputOnly(out);
    const third = runCli(['lint', '--count', '5', '--out', out]);
    expect(third.status, third.stderr).to.equal(0);
    expect(readFileSync(join(out, 'lint', 'train.jsonl'), 'utf8').split('\n').filter(Boolean).length + readFileSync(join(out, 'lint', 'eval.jsonl'), 'utf8').split('\n').filter(Boolean).length).to.equal(5);
  });
});
