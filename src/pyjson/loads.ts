import { PyFloat } from './py-float.js';

/** A JSON text that Python's json.loads would reject, with the offset of the fault. */
export class PyJsonError extends SyntaxError {
  constructor(
    readonly problem: string,
    readonly offset: number,
  ) {
    super(`${problem} at offset ${offset}`);
    this.name = 'PyJsonError';
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;

/**
 * Python's `json.loads`, keeping what JSON.parse loses: a number spelled with `.` or an
 * exponent is a Python float and comes back as a PyFloat (so `1.0` is written `1.0` again), an
 * integer too large for a double comes back as a BigInt. Objects are plain, with the last of
 * duplicate keys winning, as in Python. NaN and Infinity are rejected: json.dumps only writes
 * them for values trajgen never produces.
 */
export function pyLoads(text: string): unknown {
  let i = 0;
  const fail = (problem: string, at = i): never => {
    throw new PyJsonError(problem, at);
  };
  const skip = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };

  const string = (): string => {
    const start = ++i;
    // Fast path: no escape before the closing quote.
    const quote = text.indexOf('"', start);
    const slash = text.indexOf('\\', start);
    if (quote < 0) fail('unterminated string', start - 1);
    if (slash < 0 || slash > quote) {
      for (let k = start; k < quote; k++) if (text.charCodeAt(k) < 0x20) fail('control character in string', k);
      i = quote + 1;
      return text.slice(start, quote);
    }
    let out = '';
    let run = start;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(run, i++);
        return out;
      }
      if (c < 0x20) fail('control character in string');
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(run, i);
      const e = text[i + 1];
      if (e === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape');
        out += String.fromCharCode(parseInt(hex, 16));
        i += 6;
      } else {
        const named = ESCAPES[e];
        if (named === undefined) fail('bad escape');
        out += named;
        i += 2;
      }
      run = i;
    }
    return fail('unterminated string', start - 1);
  };

  const number = (): number | bigint | PyFloat => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) return fail('expected a value');
    i = NUMBER.lastIndex;
    const value = Number(m[0]);
    if (m[1] !== undefined || m[2] !== undefined) {
      if (!Number.isFinite(value)) fail('float out of range', i - m[0].length);
      return new PyFloat(value);
    }
    return Number.isSafeInteger(value) ? value : BigInt(m[0]);
  };

  const literal = (word: string, value: unknown): unknown => {
    if (!text.startsWith(word, i)) fail('expected a value');
    i += word.length;
    return value;
  };

  const value = (): unknown => {
    skip();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skip();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skip();
        if (text[i] !== '"') fail('expected a key string');
        const key = string();
        skip();
        if (text[i++] !== ':') fail("expected ':'", i - 1);
        const v = value();
        // A plain assignment to "__proto__" would set the prototype instead of a key.
        if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        else obj[key] = v;
        skip();
        const sep = text[i++];
        if (sep === '}') return obj;
        if (sep !== ',') fail("expected ',' or '}'", i - 1);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skip();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        skip();
        const sep = text[i++];
        if (sep === ']') return arr;
        if (sep !== ',') fail("expected ',' or ']'", i - 1);
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true', true);
    if (c === 'f') return literal('false', false);
    if (c === 'n') return literal('null', null);
    return number();
  };

  const result = value();
  skip();
  if (i < text.length) fail('extra data after the value');
  return result;
}
