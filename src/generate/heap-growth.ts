import { setFlagsFromString } from 'node:v8';

/**
 * How far V8 lets each thread's old generation grow past what the last full collection kept.
 * Left to itself V8 picks up to 4x when collecting is cheap next to allocating, which a run
 * always is: a lint run's main thread keeps some 20 MB live and let its heap reach 100 MB of
 * mostly garbage, the worker the same in proportion. At 50%, `lint --count 30000` with one
 * worker peaked at 267 MB instead of 393-411 MB (90,000: 277 MB instead of 418 MB) and took
 * 2-7% longer; 30% saved another 10 MB for 8-10%; 100% gave 293-299 MB.
 */
export const HEAP_GROWING_PERCENT = 50;

const FLAG = '--heap-growing-percent';

/**
 * The flag to set, or null where the operator chose their own (node --heap-growing-percent=N
 * bin/run.js ...), which stands.
 */
export function heapGrowthFlag(execArgv: readonly string[]): string | null {
  // V8 reads `-` and `_` alike in a flag's name.
  if (execArgv.some((a) => a.split('=')[0].replace(/_/g, '-') === FLAG)) return null;
  return `${FLAG}=${HEAP_GROWING_PERCENT}`;
}

let applied = false;

/**
 * Sets the growth for the whole process, worker threads included (V8's flags are per process).
 * Setting a flag once V8 runs is safe for this one: V8 reads it each time a full collection
 * computes the next limit, and the bench's peak RSS shows it taking effect.
 */
export function limitHeapGrowth(): void {
  if (applied) return;
  applied = true;
  const flag = heapGrowthFlag(process.execArgv);
  if (flag) setFlagsFromString(flag);
}
