import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { pyLoads } from '../../src/pyjson/loads.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { tempDir } from './generate-to-temp.js';

/** The examples of a trajgen file, read as the export reads them (floats stay floats). */
export function readSource(file: string): TrainingExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => pyLoads(l) as TrainingExample);
}

/** Writes hand-made examples as a trajgen domain folder (<tmp>/<domain>/<split>.jsonl); returns the file. */
export function writeSource(examples: unknown[], domain = 'lint', split = 'train'): string {
  const dir = join(tempDir('trajgen-source-'), domain);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${split}.jsonl`);
  writeFileSync(file, examples.map((e) => `${pyDumps(e)}\n`).join(''));
  return file;
}

/** A deep copy that keeps PyFloat (structuredClone would turn it into a plain object). */
export function copyExample(example: TrainingExample): TrainingExample {
  return pyLoads(pyDumps(example)) as TrainingExample;
}
