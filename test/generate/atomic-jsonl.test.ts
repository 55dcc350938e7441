import { expect } from 'chai';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OutputError } from '../../src/errors.js';
import { AtomicJsonl } from '../../src/generate/atomic-jsonl.js';

describe('generate/atomic-jsonl', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'trajgen-atomic-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('nothing appears at the target until commit; commit renames the temp file into place', () => {
    const target = join(dir, 'out', 'train.jsonl');
    const w = new AtomicJsonl(target);
    w.write('{"a": 1}');
    w.write('{"b": "\\u00e9"}');
    expect(existsSync(target)).to.equal(false);
    expect(readdirSync(join(dir, 'out'))).to.have.length(1);
    w.commit();
    expect(readFileSync(target, 'utf8')).to.equal('{"a": 1}\n{"b": "\\u00e9"}\n');
    expect(readdirSync(join(dir, 'out'))).to.deep.equal(['train.jsonl']);
    expect(w.lines).to.equal(2);
  });

  it('abort leaves nothing behind, and an old target is untouched', () => {
    const target = join(dir, 'eval.jsonl');
    writeFileSync(target, 'old\n');
    const w = new AtomicJsonl(target);
    w.write('new');
    w.abort();
    w.abort(); // twice is harmless
    expect(readdirSync(dir)).to.deep.equal(['eval.jsonl']);
    expect(readFileSync(target, 'utf8')).to.equal('old\n');
  });

  it('commit replaces an old target; more than the 1 MiB buffer is written in full', () => {
    const target = join(dir, 'big.jsonl');
    writeFileSync(target, 'old\n');
    const w = new AtomicJsonl(target);
    const line = 'x'.repeat(1000);
    for (let i = 0; i < 3000; i++) w.write(line);
    w.commit();
    const text = readFileSync(target, 'utf8');
    expect(text.length).to.equal(3000 * 1001);
    expect(text.split('\n').filter(Boolean).every((l) => l === line)).to.equal(true);
    expect(readdirSync(dir)).to.deep.equal(['big.jsonl']);
  });

  it('a folder that cannot be created throws OutputError naming it', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, '');
    const target = join(blocker, 'lint', 'train.jsonl');
    expect(() => new AtomicJsonl(target)).to.throw(OutputError, `cannot write to ${join(blocker, 'lint')}`);
  });
});
