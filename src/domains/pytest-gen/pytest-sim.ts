import type { ExceptionClass } from './exceptions.js';
import type { Outcome } from './model.js';
import type { Expectation, TestItem } from './rule.js';

/**
 * What run_tests reports. `failures[].test` is pytest's node id (`tests/test_x.py::test_y` or
 * `...::test_y[case]`); `failures[].message` is the first line of pytest's crash message for
 * that test (junitxml's `<failure message>`, the text after ` - ` in `-rA`'s summary), without
 * the `AssertionError: ` prefix pytest itself drops for most rewritten asserts (it keeps it only
 * when its repr-quoting heuristic misfires, e.g. for strings): `assert 2 == 3`,
 * `Failed: DID NOT RAISE <class 'ValueError'>`, `textutils.SlugError: cannot make a slug from ''`.
 */
export interface RunReport {
  passed: number;
  failed: number;
  errors: number;
  failures: { test: string; message: string }[];
}

export type OutcomeLookup = (fn: string, caseId: string) => Outcome;

/** The line pytest prints for an exception that escapes a test: `module.Class: message`. */
export function exceptionLine(exc: ExceptionClass, message: string): string {
  const first = message.split('\n')[0];
  return message === '' ? exc.display : `${exc.display}: ${first}`;
}

function truthOf(repr: string): boolean {
  if (repr === 'True') return true;
  if (repr === 'False') return false;
  throw new Error(`a truthiness check on ${repr} is not modelled; write == instead`);
}

/** null when the check passes on the real outcome, else pytest's message for its failure. */
export function checkFailure(expect: Expectation, outcome: Outcome): string | null {
  if (outcome.kind === 'raises') {
    if (expect.kind !== 'raises' || !outcome.exc.ancestors.includes(expect.cls.name)) return exceptionLine(outcome.exc, outcome.message);
    // The rules write match= only as a literal (no regex metacharacters), so search is includes.
    if (expect.match !== null && !outcome.message.includes(expect.match)) return 'AssertionError: Regex pattern did not match.';
    return null;
  }
  const actual = outcome.repr;
  switch (expect.kind) {
    case 'raises':
      return `Failed: DID NOT RAISE <class '${expect.cls.display}'>`;
    case 'equals':
      return actual === expect.repr ? null : `assert ${actual} == ${expect.repr}`;
    case 'approx':
      // The data only writes approx for the float a call really returns (repr round-trips exactly).
      if (actual === expect.repr) return null;
      throw new Error(`a failing pytest.approx check (${actual} vs ${expect.repr}) is not modelled`);
    case 'truthy':
      return truthOf(actual) ? null : `assert ${actual}`;
    case 'falsy':
      return truthOf(actual) ? `assert not ${actual}` : null;
    case 'is_none':
      return actual === 'None' ? null : `assert ${actual} is None`;
  }
}

/** Runs the items of one test file in order, as pytest would against the real module. */
export function runItems(path: string, items: readonly TestItem[], lookup: OutcomeLookup): RunReport {
  const report: RunReport = { passed: 0, failed: 0, errors: 0, failures: [] };
  for (const item of items) {
    let message: string | null = null;
    for (const check of item.checks) {
      message = checkFailure(check.expect, lookup(check.fn, check.caseId));
      if (message !== null) break;
    }
    if (message === null) report.passed++;
    else {
      report.failed++;
      report.failures.push({ test: `${path}::${item.name}`, message });
    }
  }
  return report;
}
