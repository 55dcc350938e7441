import { expect } from 'chai';
import { dumpedOnce, pyDumps } from '../../src/pyjson/dumps.js';
import { PyFloat, pyFloat } from '../../src/pyjson/py-float.js';
import { toPlain } from '../../src/pyjson/to-plain.js';
import { askPython, tag } from './oracle.js';

const CONTROL = Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).join('');

// Each value is what a tool result or an argument object may hold; Python's json.dumps of the
// same value (rebuilt from a tagged transport) is the truth.
const CASES: [string, unknown][] = [
  ['plain ascii', 'hello world ~ / <tag> & \' `'],
  ['empty string', ''],
  ['double quotes', 'say "hi" and ""'],
  ['backslashes', 'C:\\path\\to\\file \\n is not a newline \\\\'],
  ['every control char', CONTROL],
  ['named escapes', '\n\r\t\b\f'],
  ['DEL 0x7f', 'a\u007fb'],
  ['latin-1', 'café é ü ß'],
  ['euro sign', '€ 12'],
  ['CJK', '中文字符 テスト'],
  ['emoji (surrogate pair)', 'ok 😀 🎉'],
  ['lone high surrogate', 'x\ud800y'],
  ['lone low surrogate', 'x\udfffy'],
  ['U+2028 and U+FEFF', '\u2028\u2029\ufeff'],
  ['zero', 0],
  ['negative int', -17],
  ['large safe int', Number.MAX_SAFE_INTEGER],
  ['large negative safe int', -Number.MAX_SAFE_INTEGER],
  ['1e16 as int', 1e16],
  ['PyFloat 1.0', pyFloat(1)],
  ['PyFloat 0.0', pyFloat(0)],
  ['PyFloat -0.0', pyFloat(-0)],
  ['PyFloat 0.1', pyFloat(0.1)],
  ['PyFloat 1e16', pyFloat(1e16)],
  ['PyFloat 1e-5', pyFloat(1e-5)],
  ['PyFloat 123456789.125', pyFloat(123456789.125)],
  ['PyFloat 1e300', pyFloat(1e300)],
  ['PyFloat 5e-324', pyFloat(5e-324)],
  ['PyFloat 2.5e-7', pyFloat(2.5e-7)],
  ['PyFloat 1234567890123456.0', pyFloat(1234567890123456.0)],
  ['PyFloat -3.0', pyFloat(-3)],
  ['PyFloat 0.0001', pyFloat(0.0001)],
  ['JS non-integer 0.1', 0.1],
  ['JS non-integer 1/3', 1 / 3],
  ['JS non-integer -2.5', -2.5],
  ['JS non-integer 1e-7', 1e-7],
  ['JS non-integer 1.5e-300', 1.5e-300],
  ['true', true],
  ['false', false],
  ['null', null],
  ['empty list', []],
  ['empty dict', {}],
  ['list of mixed', [1, pyFloat(2), 'three', null, true, [[]], {}]],
  ['dict insertion order', { zeta: 1, alpha: 2, mid: { b: null, a: [pyFloat(0.5), 'é'] } }],
  ['keys needing escapes', { 'quote"key': 1, 'back\\slash': 2, 'new\nline': 3, 'é€😀': 4, '\u0001': 5 }],
  ['undefined member is dropped', { a: 1, b: undefined, c: 3 }],
  [
    'a tool result',
    { issues: [{ code: 'F401', line: 3, col: 8, message: '`os` imported but unused', fixable: true }], total: 1, fixable_count: 1, price: pyFloat(19.99) },
  ],
];

describe('pyjson/dumps: pyDumps equals Python json.dumps', () => {
  let python: string[];

  before(function () {
    python = askPython({ dumps: CASES.map(([, v]) => tag(v)) }).dumps;
  });

  it('the oracle answered every case', () => {
    expect(python).to.have.length(CASES.length);
  });

  CASES.forEach(([name, value], i) => {
    it(`${name}`, () => {
      expect(pyDumps(value)).to.equal(python[i]);
    });
  });
});

describe('pyjson/dumps: fixed expectations (no Python needed)', () => {
  it('uses ", " and ": " separators and keeps insertion order', () => {
    expect(pyDumps({ b: [1, 2], a: { c: null } })).to.equal('{"b": [1, 2], "a": {"c": null}}');
  });

  it('writes a PyFloat with its decimal point and a JS integer without', () => {
    expect(pyDumps({ x: pyFloat(2), y: 2, z: pyFloat(1e16), w: pyFloat(-0) })).to.equal('{"x": 2.0, "y": 2, "z": 1e+16, "w": -0.0}');
  });

  it('escapes non-ASCII as \\uXXXX, surrogate pairs as two escapes', () => {
    expect(pyDumps('é€😀\u007f')).to.equal('"\\u00e9\\u20ac\\ud83d\\ude00\\u007f"');
  });

  it('refuses NaN and infinities (Python would write invalid JSON)', () => {
    expect(() => pyDumps(Number.NaN)).to.throw(RangeError);
    expect(() => pyDumps({ a: Number.POSITIVE_INFINITY })).to.throw(RangeError);
    expect(() => pyFloat(Number.NaN)).to.throw(RangeError);
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => pyDumps(() => 1)).to.throw(TypeError);
  });

  it('writes a BigInt (an int pyLoads read beyond a double) as Python writes the int', () => {
    expect(pyDumps({ n: 12345678901234567890n, m: -10n })).to.equal('{"n": 12345678901234567890, "m": -10}');
  });
});

describe('pyjson/dumps: dumpedOnce', () => {
  it('a shared value is written as an unshared copy of it is, inside whatever holds it', () => {
    const tools = [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { n: { type: 'integer', minimum: pyFloat(0.5) } } }, strict: true } }];
    const copy = [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: { n: { type: 'integer', minimum: pyFloat(0.5) } } }, strict: true } }];
    const before = pyDumps({ messages: [], tools: copy });
    expect(dumpedOnce(tools)).to.equal(tools);
    expect(pyDumps({ messages: [], tools })).to.equal(before);
    expect(pyDumps(tools)).to.equal(pyDumps(copy));
  });

  it('freezes the value all the way down, so its kept text cannot go stale', () => {
    const shared = dumpedOnce({ role: 'system', content: 'hi', inner: { list: [1, { x: 2 }] } });
    expect(() => {
      (shared as { content: string }).content = 'changed';
    }).to.throw(TypeError);
    expect(() => (shared.inner.list as unknown[]).push(3)).to.throw(TypeError);
    expect(() => {
      (shared.inner.list[1] as { x: number }).x = 3;
    }).to.throw(TypeError);
    expect(pyDumps(shared)).to.equal('{"role": "system", "content": "hi", "inner": {"list": [1, {"x": 2}]}}');
  });
});

describe('pyjson/to-plain', () => {
  it('unwraps every PyFloat, deep, and leaves other values as they are', () => {
    const input = { a: pyFloat(1), b: [pyFloat(2.5), { c: pyFloat(0) }], d: 'x', e: null, f: 3, g: true };
    const plain = toPlain(input);
    expect(plain).to.deep.equal({ a: 1, b: [2.5, { c: 0 }], d: 'x', e: null, f: 3, g: true });
    expect(JSON.stringify(plain)).to.not.contain('value');
  });

  it('does not change its input and keeps key order', () => {
    const input = { z: pyFloat(1), a: 2 };
    const plain = toPlain(input) as Record<string, unknown>;
    expect(input.z).to.be.instanceOf(PyFloat);
    expect(Object.keys(plain)).to.deep.equal(['z', 'a']);
  });

  it('PyFloat serializes to a plain number with JSON.stringify', () => {
    expect(JSON.stringify({ v: pyFloat(1.5) })).to.equal('{"v":1.5}');
  });
});
