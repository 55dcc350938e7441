import type { LintReport } from './tools.js';

/**
 * The scripted trajectory shapes, as data. `steps` is what the agent does; `when` says for
 * which first linter report the shape makes sense. The runner (policy.ts) acts on real tool
 * results and drops a shape whose story did not happen (e.g. no stale line actually failed).
 */
export type Step =
  | 'read' // read_file
  | 'check' // run_linter check_only=true
  | 'fix-all' // run_linter check_only=false
  | 'fix-bottom-up' // apply_fix per fixable issue, last line first, so earlier lines stay valid
  | 'fix-top-down'; // apply_fix first line first: a fix that moves lines makes later numbers stale

export interface Shape {
  name: string;
  steps: Step[];
  when: (first: LintReport) => boolean;
  /** The conversation must show apply_fix failing and the agent recovering. */
  needsFailure?: boolean;
  maxCalls: number;
}

const fixable = (r: LintReport) => r.fixable_count;

export const SHAPES: Shape[] = [
  { name: 'clean-check', steps: ['check'], when: (r) => r.total === 0, maxCalls: 1 },
  { name: 'read-then-clean', steps: ['read', 'check'], when: (r) => r.total === 0, maxCalls: 2 },
  { name: 'report-only', steps: ['check'], when: (r) => r.total > 0 && fixable(r) === 0, maxCalls: 1 },
  { name: 'fix-single', steps: ['check', 'fix-bottom-up'], when: (r) => fixable(r) === 1, maxCalls: 2 },
  { name: 'check-fix-all', steps: ['check', 'fix-bottom-up'], when: (r) => fixable(r) >= 2 && fixable(r) <= 4, maxCalls: 5 },
  { name: 'fix-then-verify', steps: ['check', 'fix-bottom-up', 'check'], when: (r) => fixable(r) >= 1 && fixable(r) <= 3, maxCalls: 5 },
  { name: 'read-first', steps: ['read', 'check', 'fix-bottom-up'], when: (r) => fixable(r) >= 1 && fixable(r) <= 3, maxCalls: 5 },
  { name: 'fix-all-at-once', steps: ['check', 'fix-all'], when: (r) => fixable(r) >= 1, maxCalls: 2 },
  { name: 'stale-line-recovery', steps: ['check', 'fix-top-down'], when: (r) => fixable(r) >= 2, needsFailure: true, maxCalls: 8 },
];
