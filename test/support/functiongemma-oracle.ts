import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { projectPath } from '../../src/paths.js';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { pyLoads } from '../../src/pyjson/loads.js';

/** ../shared/functiongemma/reference_render.py: the renderer every published FunctionGemma rendering agrees with. */
export const REFERENCE_RENDERER = projectPath('..', 'shared', 'functiongemma', 'reference_render.py');

export interface OracleJob {
  source: string;
  export: string;
  mode: 'pairs' | 'sequence' | 'trl' | 'trl-prompt-completion';
  context: 'after' | 'before' | 'drop';
  tool_response: 'structured' | 'text';
}

export interface OracleAnswer {
  examples: number;
  dropped: number;
  records: number;
  problems: string[];
}

export interface RenderRequest {
  messages: unknown[];
  tools: unknown[];
  add_generation_prompt?: boolean;
}

interface Answer {
  jobs: OracleAnswer[];
  renders?: (string | { error: string })[];
  completions?: [string, { name: string; arguments: unknown }[], string][];
}

// The request travels as pyDumps text so that 1.0 reaches Python as a float.
function ask(request: Record<string, unknown>): Answer {
  if (!existsSync(REFERENCE_RENDERER)) throw new Error(`the reference renderer is missing: ${REFERENCE_RENDERER} (../shared must sit beside the project)`);
  const run = spawnSync('python3', [projectPath('test/support/python/functiongemma_oracle.py')], {
    input: pyDumps({ reference: REFERENCE_RENDERER, ...request }),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`functiongemma_oracle.py failed (${run.status}): ${run.stderr}`);
  // Read back with pyLoads too: the parsed arguments keep 1.0 a float.
  return pyLoads(run.stdout) as Answer;
}

/** One python3 process checks the whole batch of export files against the reference renderer (test/support/python/functiongemma_oracle.py). */
export function askReferenceRenderer(jobs: OracleJob[]): OracleAnswer[] {
  return ask({ jobs }).jobs;
}

/** The reference renderer's text for each request (or the error it raises), in one python3 process. */
export function referenceRenders(renders: RenderRequest[]): (string | { error: string })[] {
  return ask({ renders }).renders!;
}

/** The reference parser's reading of each model output: [content, calls, tail]. */
export function referenceParses(completions: string[]): [string, { name: string; arguments: unknown }[], string][] {
  return ask({ completions }).completions!;
}
