import { literalMatch } from './py-source.js';
import type { Case } from './model.js';
import type { Expectation } from './rule.js';

// Python's repr of a finite float: a decimal point or an exponent.
const FLOAT = /^-?(\d+\.\d*(e[-+]?\d+)?|\d+e[-+]?\d+)$/;

/** The check an agent that read the code writes for a case: the idiomatic form of the truth. */
export function trueExpectation(c: Case): Expectation {
  const o = c.outcome;
  if (o.kind === 'raises') return { kind: 'raises', cls: o.exc, match: literalMatch(o.message) };
  if (o.repr === 'True') return { kind: 'truthy' };
  if (o.repr === 'False') return { kind: 'falsy' };
  if (o.repr === 'None') return { kind: 'is_none' };
  if (FLOAT.test(o.repr)) return { kind: 'approx', repr: o.repr };
  return { kind: 'equals', repr: o.repr };
}
