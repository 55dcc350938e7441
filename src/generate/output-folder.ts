import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { OutputError } from '../errors.js';
import { displayPath } from '../paths.js';
import { makeDirs } from './atomic-jsonl.js';
import { processAlive, trackTemp, untrackTemp } from './temp-registry.js';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes what runs that died left behind beside `<parent>/<name>`: staging folders and temp
 * files named after a pid that is no longer alive.
 */
export function cleanStale(parent: string, name: string): void {
  const mine = new RegExp(`^\\.${escape(name)}\\.(\\d+)\\.(staging|old)$`);
  for (const entry of existsSync(parent) ? readdirSync(parent) : []) {
    const m = mine.exec(entry);
    if (m && !processAlive(Number(m[1]))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
  const target = join(parent, name);
  for (const entry of existsSync(target) ? readdirSync(target) : []) {
    const m = /^\..+\.(\d+)\.tmp$/.exec(entry);
    if (m && !processAlive(Number(m[1]))) rmSync(join(target, entry), { force: true });
  }
}

/**
 * One run's output folder (`<out>/<domain>`), written whole: the files go to a staging folder
 * beside it and replace the old folder only when everything succeeded, by renames, so a reader
 * sees the old pair or the new pair, never a mix. A lock file keeps a second run out meanwhile.
 */
export class OutputFolder {
  readonly staging: string;
  private readonly lock: string;

  constructor(readonly target: string) {
    const parent = dirname(target);
    const name = basename(target);
    try {
      makeDirs(parent);
    } catch (e) {
      throw new OutputError(`cannot write to ${displayPath(parent)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, ['Choose a writable folder with --out.']);
    }
    cleanStale(parent, name);
    this.lock = join(parent, `.${name}.lock`);
    this.takeLock();
    this.staging = join(parent, `.${name}.${process.pid}.staging`);
    rmSync(this.staging, { recursive: true, force: true });
    mkdirSync(this.staging);
    trackTemp(this.staging);
  }

  private takeLock(): void {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(this.lock, 'wx');
        writeSync(fd, String(process.pid));
        closeSync(fd);
        trackTemp(this.lock);
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
          throw new OutputError(`cannot write to ${displayPath(dirname(this.lock))}: ${(e as NodeJS.ErrnoException).code}`, ['Choose a writable folder with --out.']);
        }
        const pid = Number(readFileSync(this.lock, 'utf8'));
        if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
          throw new OutputError(`another trajgen run (pid ${pid}) is writing ${displayPath(this.target)}`, ['Wait for it to finish, or write to another --out.']);
        }
        rmSync(this.lock, { force: true });
      }
    }
    throw new OutputError(`cannot take the lock ${displayPath(this.lock)}`, ['Remove it if no trajgen run is writing there.']);
  }

  path(file: string): string {
    return join(this.staging, file);
  }

  /** Swaps the staging folder in for the old one, and releases the lock. */
  commit(): void {
    const old = join(dirname(this.target), `.${basename(this.target)}.${process.pid}.old`);
    trackTemp(old);
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.staging, this.target);
    untrackTemp(this.staging);
    rmSync(old, { recursive: true, force: true });
    untrackTemp(old);
    this.release();
  }

  /** Leaves the old folder as it was. */
  abort(): void {
    rmSync(this.staging, { recursive: true, force: true });
    untrackTemp(this.staging);
    this.release();
  }

  private release(): void {
    rmSync(this.lock, { force: true });
    untrackTemp(this.lock);
  }
}
