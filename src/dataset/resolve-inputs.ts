import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DOMAIN_NAMES } from '../domains/catalog.js';
import { DataError } from '../errors.js';
import { displayPath } from '../paths.js';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** train, eval, or the file's own stem. */
  split: string;
  /** The domain its folder names, when it does (an empty file has no meta.domain to tell). */
  folderDomain: string | null;
}

const SPLITS = ['train', 'eval'];

function domainOfFolder(dir: string): string | null {
  const name = basename(dir);
  return (DOMAIN_NAMES as readonly string[]).includes(name) ? name : null;
}

function splitFiles(dir: string): InputFile[] {
  return SPLITS.filter((s) => existsSync(join(dir, `${s}.jsonl`))).map((s) => ({ path: join(dir, `${s}.jsonl`), split: s, folderDomain: domainOfFolder(dir) }));
}

/**
 * What `export` and `stats` read: one JSONL file; a domain folder with train.jsonl and/or
 * eval.jsonl; or an output root (`examples/`) whose domain folders hold them.
 */
export function resolveInputs(input: string): InputFile[] {
  const path = resolve(input);
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new DataError(displayPath(path), null, 'no such file or folder', ['Give a train.jsonl/eval.jsonl file, a domain folder such as examples/lint, or the output folder of a generate run.']);
  }
  if (stat.isFile()) return [{ path, split: basename(path).replace(/\.jsonl$/, ''), folderDomain: domainOfFolder(dirname(path)) }];
  const here = splitFiles(path);
  if (here.length > 0) return here;
  const nested = readdirSync(path, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => splitFiles(join(path, name)));
  if (nested.length === 0) {
    throw new DataError(displayPath(path), null, 'has no train.jsonl or eval.jsonl, nor domain folders holding them', ['Run trajgen <domain> or trajgen all first, or point at one of its files.']);
  }
  return nested;
}
