import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { projectPath } from '../../paths.js';
import type { CuratedModule } from './curated.js';

const ProblemSchema = z.object({
  module: z.string(),
  function: z.string().nullable(),
  case: z.string().nullable(),
  call: z.string().optional(),
  problem: z.string(),
});
export type CaseProblem = z.infer<typeof ProblemSchema>;

export interface VerifyRequest {
  modules: { dir: string; module: string; functions: { name: string; cases: CuratedModule['functions'][string]['cases'] }[] }[];
}

const cache = new Map<string, CaseProblem[] | null>();

/**
 * Calls every curated case with the real python3, all fixtures in one subprocess, and returns
 * the cases the code disagrees with; null when python3 cannot be run. Cached for the process by
 * the request's content (which includes each module's source hash), so a run pays it once.
 */
export function verifyCases(request: VerifyRequest, sourceHashes: string[]): CaseProblem[] | null {
  const input = JSON.stringify(request);
  const key = createHash('sha256').update(input).update(sourceHashes.join(',')).digest('hex');
  if (cache.has(key)) return cache.get(key)!;
  const run = spawnSync('python3', ['-I', '-B', projectPath('src/domains/pytest-gen/verify_cases.py')], {
    input,
    encoding: 'utf8',
    timeout: 120_000,
    env: { PATH: process.env.PATH ?? '', PYTHONDONTWRITEBYTECODE: '1', PYTHONHASHSEED: '0' },
  });
  let result: CaseProblem[] | null = null;
  if (!run.error && run.status === 0) result = z.array(ProblemSchema).parse(JSON.parse(run.stdout));
  else if (!run.error) throw new Error(`python3 could not check the curated cases: ${run.stderr.trim().split('\n').pop()}`);
  cache.set(key, result);
  return result;
}
