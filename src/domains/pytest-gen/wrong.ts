import { unrelatedBuiltins, type ExceptionClass } from './exceptions.js';
import type { Case } from './model.js';
import type { Expectation } from './rule.js';
import { trueExpectation } from './expectations.js';
import { literalMatch } from './py-source.js';

/**
 * A deliberately wrong expectation for one case, of the kinds a small model really writes, kept
 * simple so that pytest's message for it is predictable: a value off by one (or a letter's
 * case), the wrong exception class, a value expected where the call raises. (pytest.raises
 * around an ordinary call is not among them: nobody expects `rotate([1, 2, 3])` to raise.)
 */
export interface WrongExpectation {
  kind: 'wrong-value' | 'wrong-exception' | 'unexpected-exception';
  caseId: string;
  expect: Expectation;
}

const SIMPLE_STR = /^'[^'"\\\n]*'$/;
const INT_LIST = /^\[(-?\d+(, -?\d+)*)?\]$/;
const STR_LIST = /^\['[^'"\\\n]*'(, '[^'"\\\n]*')*\]$/;

/**
 * pytest shows both sides of a failed `==` whole only when their reprs are short: longer ones
 * it cuts to 30 characters with `...`, and reprlib shortens containers of more than 4 dict
 * items or 6 list items. A wrong expectation is only written where its message is the plain
 * `assert <actual> == <expected>` that pytest-sim states.
 */
export function pytestShowsWhole(repr: string): boolean {
  return repr.length <= 30 && (repr.match(/,/g)?.length ?? 0) < 4;
}

/** A repr of a different value of the same kind, or null when the kind is not simple enough. */
export function mutateRepr(repr: string): string | null {
  if (/^-?\d{1,12}$/.test(repr)) return String(Number(repr) + 1);
  if (SIMPLE_STR.test(repr)) {
    const text = repr.slice(1, -1);
    if (text === '') return "'x'";
    const head = text[0];
    const swapped = head === head.toUpperCase() ? head.toLowerCase() : head.toUpperCase();
    return swapped === head ? `'${text}x'` : `'${swapped}${text.slice(1)}'`;
  }
  if (INT_LIST.test(repr)) {
    if (repr === '[]') return '[0]';
    const items = repr.slice(1, -1).split(', ').map(Number);
    items[items.length - 1] += 1;
    return `[${items.join(', ')}]`;
  }
  if (STR_LIST.test(repr)) {
    const items = repr.slice(1, -1).split(', ');
    return items.length >= 2 ? `[${items.slice(0, -1).join(', ')}]` : `[${items[0]}, 'x']`;
  }
  return null;
}

/** Every simple wrong expectation the cases allow, in a stable order. */
export function wrongExpectations(cases: readonly Case[]): WrongExpectation[] {
  const out: WrongExpectation[] = [];
  const plausibleValue = cases.find((c) => c.outcome.kind === 'returns' && trueExpectation(c).kind !== 'equals');
  const plausibleEquals = cases.find((c) => c.outcome.kind === 'returns' && mutateRepr(c.outcome.repr) !== null);
  for (const c of cases) {
    const o = c.outcome;
    if (o.kind === 'returns') {
      if (o.repr === 'True' || o.repr === 'False') out.push({ kind: 'wrong-value', caseId: c.id, expect: { kind: o.repr === 'True' ? 'falsy' : 'truthy' } });
      else {
        const wrong = mutateRepr(o.repr);
        if (wrong !== null && pytestShowsWhole(o.repr) && pytestShowsWhole(wrong)) out.push({ kind: 'wrong-value', caseId: c.id, expect: { kind: 'equals', repr: wrong } });
      }
    } else {
      const others = unrelatedBuiltins(o.exc);
      if (others.length) {
        const name = others[0];
        out.push({ kind: 'wrong-exception', caseId: c.id, expect: { kind: 'raises', cls: { name, display: name, ancestors: [name] }, match: literalMatch(o.message) } });
      }
      const like = plausibleValue ?? plausibleEquals;
      if (like) out.push({ kind: 'unexpected-exception', caseId: c.id, expect: trueExpectation(like) });
    }
  }
  return out;
}
