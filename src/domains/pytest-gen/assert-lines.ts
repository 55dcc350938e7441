import type { Case } from './model.js';
import { pyStringLiteral, reprToSource } from './py-source.js';
import type { Expectation } from './rule.js';

/** The lines of a test body that check `call` against `expect` (4-space indented). */
export function checkLines(call: string, expect: Expectation): string[] {
  switch (expect.kind) {
    case 'equals':
      return [`    assert ${call} == ${reprToSource(expect.repr)}`];
    case 'approx':
      return [`    assert ${call} == pytest.approx(${expect.repr})`];
    case 'truthy':
      return [`    assert ${call}`];
    case 'falsy':
      return [`    assert not ${call}`];
    case 'is_none':
      return [`    assert ${call} is None`];
    case 'raises': {
      const match = expect.match === null ? '' : `, match=${pyStringLiteral(expect.match)}`;
      return [`    with pytest.raises(${expect.cls.name}${match}):`, `        ${call}`];
    }
  }
}

/** Modules a test with this check imports: pytest for pytest.raises and pytest.approx. */
export function importsFor(expect: Expectation, callImports: readonly string[]): string[] {
  return expect.kind === 'raises' || expect.kind === 'approx' ? ['pytest', ...callImports] : [...callImports];
}

/** Names of the fixture module a check needs beyond the call's own (the exception class). */
export function checkNames(expect: Expectation, moduleName: string): string[] {
  return expect.kind === 'raises' && expect.cls.display.startsWith(`${moduleName}.`) ? [expect.cls.name] : [];
}

/**
 * Names a check on case `c` imports from the module: those the written call uses, the
 * exception class, and the names in the expected value when the true repr is written.
 */
export function namesForCheck(c: Case, expect: Expectation, moduleName: string, writtenCall: string): string[] {
  const inCall = c.names.filter((n) => new RegExp(`(?<![.\\w])${n}\\b`).test(writtenCall));
  const inRepr = expect.kind === 'equals' && c.outcome.kind === 'returns' && expect.repr === c.outcome.repr ? c.reprNames : [];
  return [...new Set([...inCall, ...checkNames(expect, moduleName), ...inRepr])];
}
