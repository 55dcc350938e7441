import { closeSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';
import { trackTemp, untrackTemp } from './temp-registry.js';

const FLUSH_AT = 1 << 20;

/**
 * mkdir -p, one level at a time: Node's recursive mkdirSync never returns on some
 * unwritable paths (seen with /proc), and a clear ENOTDIR/EACCES is what the user needs.
 */
export function makeDirs(dir: string): void {
  try {
    if (statSync(dir).isDirectory()) return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    const parent = dirname(dir);
    if (parent !== dir) makeDirs(parent);
    mkdirSync(dir);
    return;
  }
  throw Object.assign(new Error(`${dir} is not a folder`), { code: 'ENOTDIR' });
}

/**
 * Streams lines into a hidden temp file beside the target and renames it into place on
 * commit(), so a failed or interrupted run never leaves a half-written JSONL behind.
 */
export class AtomicJsonl {
  private fd: number;
  private buffer: string[] = [];
  private buffered = 0;
  private written = 0;
  private readonly tmp: string;
  lines = 0;

  constructor(readonly target: string) {
    const dir = dirname(target);
    try {
      makeDirs(dir);
      this.tmp = join(dir, `.${basename(target)}.${process.pid}.tmp`);
      this.fd = openSync(this.tmp, 'w');
      trackTemp(this.tmp);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      throw new OutputError(`cannot write to ${dir}: ${err.code ?? err.message}`, ['Choose a writable folder with --out.']);
    }
  }

  write(line: string): void {
    this.buffer.push(line, '\n');
    this.buffered += line.length + 1;
    this.lines++;
    if (this.buffered >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.buffer.length === 0) return;
    this.written += writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.buffered = 0;
  }

  commit(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.target);
    untrackTemp(this.tmp);
  }

  /** Bytes written so far (flushed or buffered). */
  get bytes(): number {
    return this.written + this.buffered;
  }

  abort(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.tmp, { force: true });
    untrackTemp(this.tmp);
  }
}
