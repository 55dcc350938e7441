/**
 * A number that the Python runner would hold as a float. JavaScript has one number type, so
 * `1.0` and `1` are the same value here, but Python's json.dumps writes them differently; a
 * value wrapped in PyFloat is written with its decimal point.
 */
export class PyFloat {
  constructor(readonly value: number) {
    if (!Number.isFinite(value)) throw new RangeError(`PyFloat needs a finite number, got ${value}`);
  }

  toJSON(): number {
    return this.value;
  }
}

export function pyFloat(value: number): PyFloat {
  return new PyFloat(value);
}
