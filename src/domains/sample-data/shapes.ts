import type { FunctionPlan } from './plan.js';

/**
 * The scripted trajectory shapes, as data. `steps` is what the agent does after analyze_signature;
 * `own` says the scenario has a fixture file for this very function (the agent then skips);
 * `weight` is how often the shape is drawn.
 */
export type Step =
  | 'write' // write_fixture_file with the normal, edge and large fixtures
  | 'write-empty' // write_fixture_file with an empty list: refused
  | 'write-malformed'; // one fixture does not bind to the signature: refused

export interface Shape {
  name: string;
  steps: Step[];
  own: boolean;
  weight: number;
  /** The shape's story can happen for this function. */
  fits(plan: FunctionPlan): boolean;
}

/** A fixture can fail to bind by missing a required parameter or, without **kwargs, by an unknown key. */
export function canMalform(plan: FunctionPlan): boolean {
  return plan.extra === null || plan.slots.some((s) => s.param.default === null);
}

export const SHAPES: Shape[] = [
  { name: 'analyze-write-submit', steps: ['write'], own: false, weight: 4, fits: () => true },
  { name: 'skip-existing', steps: [], own: true, weight: 2, fits: () => true },
  { name: 'empty-write-retry', steps: ['write-empty', 'write'], own: false, weight: 1.5, fits: () => true },
  { name: 'malformed-write-retry', steps: ['write-malformed', 'write'], own: false, weight: 2.5, fits: canMalform },
];
