import type { PyNode } from '../../parse/py-node.js';
import type { CallParts } from './call-parts.js';
import type { ExceptionClass } from './exceptions.js';
import type { Signature } from './signature.js';

/** What a curated call really does (checked against python3 when the fixtures load). */
export type Outcome = { kind: 'returns'; repr: string } | { kind: 'raises'; exc: ExceptionClass; message: string };

export interface Case {
  id: string;
  call: CallParts;
  outcome: Outcome;
  /** Names of the fixture module the call uses (the test file imports them). */
  names: string[];
  /** Module names the returned value's repr uses, e.g. `Item` in `Item(name='pen', ...)`. */
  reprNames: string[];
}

export interface FunctionUnderTest {
  module: string;
  /** `slugify`, `Account.withdraw`. */
  qualName: string;
  name: string;
  className: string | null;
  isAsync: boolean;
  /** Names for positional arguments, in order (self/cls dropped), for parametrize columns. */
  callParams: string[];
  /** The name of `*args`, if the function takes one. */
  varargs: string | null;
  signature: Signature;
  node: PyNode;
  categories: string[];
  cases: Case[];
}

export interface FixtureModule {
  name: string;
  /** Display path of the .py file. */
  file: string;
  /** Display path of the curated .yaml file. */
  curatedFile: string;
  source: string;
  functions: FunctionUnderTest[];
  /** Exception classes by name: the module's own and the builtins its cases raise. */
  exceptions: Map<string, ExceptionClass>;
}

/** tests/test_<module>.py; a module in a package gets its dotted path with underscores (tests/test_pystdlib_textwrap.py). */
export function testPathOf(module: string): string {
  return `tests/test_${module.replace(/\./g, '_')}.py`;
}
