import { spawnSync } from 'node:child_process';
import { projectPath } from '../../src/paths.js';
import { PyFloat } from '../../src/pyjson/py-float.js';

// The transport to test/support/python/pyjson_oracle.py. It uses JSON.stringify only on
// ASCII-safe tags (code-unit lists, hex bits, decimal ints), never pyDumps, so a bug in the
// code under test cannot hide in the transport.

export type Tagged =
  | { t: 'null' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: string }
  | { t: 'float'; h: string }
  | { t: 'str'; u: number[] }
  | { t: 'list'; v: Tagged[] }
  | { t: 'dict'; v: [number[], Tagged][] };

export function doubleHex(value: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return [...new Uint8Array(view.buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function units(text: string): number[] {
  return Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
}

/** The value Python would hold: PyFloat and non-integer numbers are floats, integers are ints. */
export function tag(value: unknown): Tagged {
  if (value === null || value === undefined) return { t: 'null' };
  if (value instanceof PyFloat) return { t: 'float', h: doubleHex(value.value) };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (typeof value === 'number') {
    // An integer-valued double travels as its exact decimal digits (BigInt, not String: 1e21 -> "1e+21").
    return Number.isInteger(value) ? { t: 'int', v: BigInt(value).toString() } : { t: 'float', h: doubleHex(value) };
  }
  if (typeof value === 'string') return { t: 'str', u: units(value) };
  if (Array.isArray(value)) return { t: 'list', v: value.map(tag) };
  if (typeof value === 'object') {
    return { t: 'dict', v: Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [units(k), tag(v)]) };
  }
  throw new Error(`transport: cannot tag a ${typeof value}`);
}

export function pythonAvailable(): boolean {
  return spawnSync('python3', ['--version']).status === 0;
}

/** One python3 process answers the whole batch. */
export function askPython(request: { dumps?: Tagged[]; repr?: string[] }): { dumps: string[]; repr: string[] } {
  const run = spawnSync('python3', [projectPath('test/support/python/pyjson_oracle.py')], {
    input: JSON.stringify(request),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`pyjson_oracle.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { dumps: string[]; repr: string[] };
}
