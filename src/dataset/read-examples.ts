import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DataError } from '../errors.js';
import { displayPath } from '../paths.js';
import { PyJsonError, pyLoads } from '../pyjson/loads.js';
import { checkExample } from '../record/check-example.js';
import type { TrainingExample } from '../schema/conversation.js';
import { fillDefaultTargets } from './fill-default-targets.js';

export interface ReadExample {
  /** 1-based line number in the file. */
  line: number;
  example: TrainingExample;
}

/**
 * Streams a trajgen JSONL file one example at a time (constant memory however long the file).
 * Numbers are read as Python reads them (1.0 stays a float). A line that is not JSON or not a
 * well-formed trajgen example stops the read with an error naming the file and line.
 */
export async function* readExamples(file: string): AsyncGenerator<ReadExample> {
  const shown = displayPath(file);
  const input = createReadStream(file, 'utf8');
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', reject);
  });
  try {
    await opened;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new DataError(shown, null, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a JSONL file' : `cannot read (${code})`);
  }
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = pyLoads(text);
    } catch (e) {
      if (!(e instanceof PyJsonError)) throw e;
      throw new DataError(shown, line, `not JSON (${e.problem} at column ${e.offset + 1})`, ['Each line must be one JSON object, as trajgen writes them.']);
    }
    fillDefaultTargets(value);
    const problems = checkExample(value);
    if (problems.length > 0) {
      throw new DataError(shown, line, `not a trajgen example: ${problems[0]}`, ['export and stats read the train.jsonl/eval.jsonl files that trajgen writes.']);
    }
    yield { line, example: value as TrainingExample };
  }
}
