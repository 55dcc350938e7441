import { literalMatch } from './py-source.js';
import type { Case } from './model.js';
import type { Expectation } from './rule.js';

/** The check an agent that read the code writes for a case: the idiomatic form of the truth. */
export function trueExpectation(c: Case): Expectation {
  const o = c.outcome;
  if (o.kind === 'raises') return { kind: 'raises', cls: o.exc, match: literalMatch(o.message) };
  if (o.repr === 'True') return { kind: 'truthy' };
  if (o.repr === 'False') return { kind: 'falsy' };
  if (o.repr === 'None') return { kind: 'is_none' };
  return { kind: 'equals', repr: o.repr };
}
