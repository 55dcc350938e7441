import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { FixtureError } from '../errors.js';
import { digest } from '../generate/digest.js';
import { displayPath } from '../paths.js';
import { withTree } from './python.js';
import { findSyntaxError, findTooDeep } from './syntax-error.js';
import { walkPythonFiles } from './walk-python-files.js';

/**
 * Files longer than this are skipped: a lint conversation shows the whole file to a model with
 * a 32K-token context, and nobody tests or documents a module that size function by function
 * faster by reading it whole.
 */
export const MAX_SOURCE_LINES = 5000;

/** A Python file the domains may build units from: decoded, parsed once, not a copy of another. */
export interface PythonSource {
  abs: string;
  /** As it appears in meta and messages. */
  path: string;
  text: string;
}

export interface SourceReport {
  found: number;
  used: number;
  skipped: Record<string, number>;
}

export interface SourceContext {
  strict: boolean;
  warn(message: string): void;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The 1-based line of the first byte that is not UTF-8 (where a lenient decode puts U+FFFD). */
function badByteLine(bytes: Buffer): number {
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const at = lenient.indexOf('\ufffd');
  return lenient.slice(0, Math.max(0, at)).split('\n').length;
}

/**
 * Every usable Python file under `root`, with the reason each other one was left out. A file
 * that is not UTF-8 (ruff refuses those too), longer than MAX_SOURCE_LINES, does not parse,
 * or is empty is skipped with one warning naming it (an error under --strict); an exact copy of
 * an earlier file is skipped quietly, so no code can sit in both train and eval. An empty
 * `__init__.py` is the norm and is skipped without a word.
 */
export function discoverSources(root: string, ctx: SourceContext): { sources: PythonSource[]; report: SourceReport } {
  const { files, loops } = walkPythonFiles(root);
  const report: SourceReport = { found: files.length, used: 0, skipped: {} };
  const skip = (reason: string, problem: FixtureError | null) => {
    report.skipped[reason] = (report.skipped[reason] ?? 0) + 1;
    if (!problem) return;
    if (ctx.strict) throw problem;
    ctx.warn(`${problem.message}; skipped`);
  };
  for (const loop of loops) ctx.warn(`${displayPath(loop)}: a symbolic link back into a folder already read; not followed`);
  const seen = new Map<string, string>();
  const sources: PythonSource[] = [];
  for (const abs of files) {
    const path = displayPath(abs);
    let bytes: Buffer;
    try {
      bytes = readFileSync(abs);
    } catch (e) {
      skip('unreadable', new FixtureError(path, null, `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`));
      continue;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      skip('not UTF-8', new FixtureError(path, badByteLine(bytes), 'not UTF-8 (ruff and the runner read Python source as UTF-8)', ['Convert the file to UTF-8, or leave it out.']));
      continue;
    }
    if (text.trim() === '') {
      skip('empty', basename(abs) === '__init__.py' ? null : new FixtureError(path, null, 'the file is empty'));
      continue;
    }
    const lines = text.split('\n').length;
    if (lines > MAX_SOURCE_LINES) {
      skip('too long', new FixtureError(path, null, `${lines} lines, over the limit of ${MAX_SOURCE_LINES}`, ['Split the module, or leave it out.']));
      continue;
    }
    const problem = withTree(text, (tree) => {
      const error = findSyntaxError(tree);
      if (error) return { reason: 'syntax error', line: error.line, message: 'syntax error: the file does not parse as Python' };
      const deep = findTooDeep(text, tree);
      return deep && { reason: 'Python rejects it', line: deep.line, message: `Python rejects it: ${deep.message}` };
    });
    if (problem) {
      skip(problem.reason, new FixtureError(path, problem.line, problem.message, ['Fix the file, or drop --strict to skip it.']));
      continue;
    }
    const key = digest(text);
    if (seen.has(key)) {
      skip('copy of another file', null);
      continue;
    }
    seen.set(key, path);
    sources.push({ abs, path, text });
  }
  report.used = sources.length;
  return { sources, report };
}
