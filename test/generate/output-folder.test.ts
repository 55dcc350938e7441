import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { OutputError } from '../../src/errors.js';
import { cleanStale, OutputFolder } from '../../src/generate/output-folder.js';
import { tempDir } from '../support/generate-to-temp.js';

/** A pid that is certainly dead: a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

describe('generate/output-folder', () => {
  it('commit swaps the whole folder in: the old pair is replaced, never mixed, and nothing is left beside it', () => {
    const out = tempDir();
    mkdirSync(join(out, 'lint'));
    writeFileSync(join(out, 'lint', 'train.jsonl'), 'old train\n');
    writeFileSync(join(out, 'lint', 'eval.jsonl'), 'old eval\n');
    const f = new OutputFolder(join(out, 'lint'));
    writeFileSync(f.path('train.jsonl'), 'new train\n');
    writeFileSync(f.path('eval.jsonl'), 'new eval\n');
    expect(readFileSync(join(out, 'lint', 'eval.jsonl'), 'utf8')).to.equal('old eval\n');
    f.commit();
    expect(readFileSync(join(out, 'lint', 'train.jsonl'), 'utf8')).to.equal('new train\n');
    expect(readFileSync(join(out, 'lint', 'eval.jsonl'), 'utf8')).to.equal('new eval\n');
    expect(readdirSync(out)).to.deep.equal(['lint']);
  });

  it('abort leaves the old folder as it was and removes the staging folder and the lock', () => {
    const out = tempDir();
    mkdirSync(join(out, 'test'));
    writeFileSync(join(out, 'test', 'train.jsonl'), 'old\n');
    const f = new OutputFolder(join(out, 'test'));
    writeFileSync(f.path('train.jsonl'), 'half');
    f.abort();
    expect(readdirSync(out)).to.deep.equal(['test']);
    expect(readFileSync(join(out, 'test', 'train.jsonl'), 'utf8')).to.equal('old\n');
  });

  it('a second writer of the same folder is refused while the first holds the lock', () => {
    const out = tempDir();
    const first = new OutputFolder(join(out, 'lint'));
    expect(() => new OutputFolder(join(out, 'lint'))).to.throw(OutputError, new RegExp(`another trajgen run \\(pid ${process.pid}\\) is writing`));
    first.abort();
    new OutputFolder(join(out, 'lint')).abort();
  });

  it('a lock, a staging folder and temp files of a dead run are cleaned up by the next run', async () => {
    const out = tempDir();
    const pid = await deadPid();
    mkdirSync(join(out, 'lint'));
    writeFileSync(join(out, 'lint', 'train.jsonl'), 'kept\n');
    writeFileSync(join(out, 'lint', `.train.jsonl.${pid}.tmp`), 'stale');
    mkdirSync(join(out, `.lint.${pid}.staging`));
    writeFileSync(join(out, '.lint.lock'), String(pid));
    cleanStale(out, 'lint');
    expect(readdirSync(join(out, 'lint'))).to.deep.equal(['train.jsonl']);
    expect(existsSync(join(out, `.lint.${pid}.staging`))).to.equal(false);
    const f = new OutputFolder(join(out, 'lint'));
    expect(readFileSync(join(out, '.lint.lock'), 'utf8')).to.equal(String(process.pid));
    f.abort();
    expect(readdirSync(out)).to.deep.equal(['lint']);
  });
});
