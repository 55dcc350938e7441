/**
 * The scripted trajectory shapes, as data. The policy (policy.ts) plays the steps against the
 * simulated tools and acts on what they return (a failing run is followed by a rewrite of the
 * failing tests). Every shape makes at most 5 calls before submit_result.
 */
export type Step =
  | 'analyze' // analyze_signature
  | 'read' // read_existing_tests
  | 'write' // write_test_file with tests that are right
  | 'write-wrong' // write_test_file where one expectation is wrong
  | 'run' // run_tests
  | 'rewrite'; // write_test_file again, the failing tests corrected

export interface Situation {
  /** tests/test_<module>.py exists (it must be read before it is rewritten). */
  existingFile: boolean;
  /** The existing tests already cover every known case of the function. */
  adequate: boolean;
}

export interface Shape {
  name: string;
  steps: Step[];
  when: (s: Situation) => boolean;
}

const fresh = (s: Situation) => !s.existingFile && !s.adequate;
const toWrite = (s: Situation) => !s.adequate;

export const SHAPES: Shape[] = [
  { name: 'analyze-write-run', steps: ['analyze', 'write', 'run'], when: fresh },
  { name: 'write-run', steps: ['write', 'run'], when: fresh },
  { name: 'analyze-read-write-run', steps: ['analyze', 'read', 'write', 'run'], when: toWrite },
  { name: 'read-run-write-run', steps: ['read', 'run', 'write', 'run'], when: (s) => s.existingFile && !s.adequate },
  { name: 'write-fail-rewrite', steps: ['analyze', 'write-wrong', 'run', 'rewrite', 'run'], when: fresh },
  { name: 'read-write-fail-rewrite', steps: ['read', 'write-wrong', 'run', 'rewrite', 'run'], when: toWrite },
  { name: 'already-tested', steps: ['read'], when: (s) => s.adequate },
  { name: 'already-tested-run', steps: ['read', 'run'], when: (s) => s.adequate },
  { name: 'already-tested-analyze-run', steps: ['analyze', 'read', 'run'], when: (s) => s.adequate },
];

export function needsWrong(shape: Shape): boolean {
  return shape.steps.includes('write-wrong');
}
