import type { ReadyRecord } from '../ready-record.js';

/**
 * Messages between the main thread and a lane worker. A lane is one unit playing one shape;
 * its items are what `unit.variants(shape, rng)` yields, each built at once: a miss (null),
 * the end, or the shown code and the example ready to write (or null when the policy's story
 * did not happen).
 */
export type LaneItem = { kind: 'end' } | { kind: 'miss' } | { kind: 'variant'; nodeCode: string; record: ReadyRecord | null };

export interface LaneWorkerInit {
  domain: string;
  fixturesDir?: string;
  definitionPath?: string;
  shapesPath?: string;
  strict?: boolean;
  maxLines?: number;
  seed: number;
  /** Check each example before it is sent (GenerateOptions.validate). */
  validate: boolean;
  /** Items a worker computes ahead of what the main thread has taken, per lane. */
  ahead: number;
}

/** Main to worker: start (or keep) filling a lane; take note that an item was used; stop. */
export type ToWorker = { kind: 'open'; lane: string } | { kind: 'taken'; lane: string } | { kind: 'stop' };

/** Worker to main: the next item of a lane, in order; or the worker failed. */
export type FromWorker = { kind: 'item'; lane: string; item: LaneItem } | { kind: 'error'; message: string; stack?: string } | { kind: 'ready' };

/** The key of a lane: unit id and shape name (a unit id holds no NUL). */
export function laneKey(unitId: string, shapeName: string): string {
  return `${unitId}\0${shapeName}`;
}

// Slots of the shared Int32Array: the worker bumps ITEMS after each message it posts, the main
// thread bumps WORK after each message it posts; each side sleeps on the other's slot.
export const ITEMS = 0;
export const WORK = 1;
