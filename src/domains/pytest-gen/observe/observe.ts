import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import { projectPath } from '../../../paths.js';
import type { PlannedCall } from './plan-calls.js';

export const ObservationSchema = z.object({
  fn: z.string(),
  id: z.string(),
  returns: z.string().optional(),
  raises: z.string().optional(),
  message: z.string().optional(),
  skip: z.string().optional(),
});
export const ObserverResponseSchema = z.object({ import: z.string().nullable(), results: z.array(ObservationSchema) });
export type Observation = z.infer<typeof ObservationSchema>;
export type ObserverResponse = z.infer<typeof ObserverResponseSchema>;

// Per call (each runs twice), and the most a module's whole observation may take.
const CALL_TIMEOUT_S = 1;
const MODULE_TIMEOUT_MS = 60_000;

/**
 * Runs the planned calls of one module in a guarded python3 process (observe.py): a temp
 * working folder, per-call timeouts, guards on files, network, processes, the clock and
 * randomness. A process that hangs or dies is an import failure of that module, never the run's.
 */
export function observeModule(root: string, module: string, file: string, calls: readonly PlannedCall[]): ObserverResponse {
  const r = spawnSync('python3', ['-I', '-S', '-B', projectPath('src/domains/pytest-gen/observe/observe.py')], {
    input: JSON.stringify({ root, module, file, calls, call_timeout: CALL_TIMEOUT_S }),
    encoding: 'utf8',
    timeout: MODULE_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
    env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', HOME: '/nonexistent' },
  });
  if (r.error || r.status !== 0) {
    const why = r.error && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? `did not finish within ${MODULE_TIMEOUT_MS / 1000} s` : `python3 failed: ${(r.stderr || String(r.error)).trim().split('\n').pop()}`;
    return { import: why, results: [] };
  }
  return ObserverResponseSchema.parse(JSON.parse(r.stdout));
}
