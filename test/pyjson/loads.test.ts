import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { PyJsonError, pyLoads } from '../../src/pyjson/loads.js';
import { PyFloat } from '../../src/pyjson/py-float.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { defaultRun } from '../support/default-run.js';

// JSON texts as the runner writes them (and a few it does not); Python's json.dumps(json.loads(t)) is the truth.
const TEXTS = [
  '{"check_only": true}',
  '{"amount": 1.0, "count": 1, "ratio": 0.5, "tiny": 1e-07, "big": 1e+16, "neg": -0.0, "exp": 2.5E3}',
  '{"n": 12345678901234567890, "m": -9007199254740993}',
  '{"s": "caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\\\ \\/ \\b\\f\\n\\r\\t", "lone": "\\ud800"}',
  '{"nested": {"list": [1, 2.0, [], {}, null, false, "x"]}, "empty": ""}',
  '  [ 1 , 2.50 , {"a" :1}]  ',
  '{"dup": 1, "dup": 2.0}',
  '{"__proto__": {"polluted": 1.0}}',
  '"just a string"',
  '3.0',
];

function pythonRoundTrip(texts: string[]): string[] {
  const run = spawnSync('python3', ['-c', 'import json,sys; print(json.dumps([json.dumps(json.loads(t)) for t in json.load(sys.stdin)]))'], { input: JSON.stringify(texts), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}

describe('pyjson/loads (Python json.loads that keeps 1.0 a float)', () => {
  it('reads numbers as Python does: spelled with . or e is a float (PyFloat), else an int', () => {
    expect(pyLoads('1.0')).to.deep.equal(new PyFloat(1));
    expect(pyLoads('1e3')).to.deep.equal(new PyFloat(1000));
    expect(pyLoads('15')).to.equal(15);
    expect(Object.is((pyLoads('-0.0') as PyFloat).value, -0)).to.equal(true);
    expect(pyLoads('12345678901234567890')).to.equal(12345678901234567890n);
  });

  it('json.dumps(json.loads(text)) equals pyDumps(pyLoads(text)) for every case, checked with real Python', () => {
    const python = pythonRoundTrip(TEXTS);
    TEXTS.forEach((t, i) => expect(pyDumps(pyLoads(t)), t).to.equal(python[i]));
  });

  it('keeps "__proto__" as a key and lets the last duplicate key win', () => {
    const value = pyLoads('{"__proto__": {"x": 1}, "a": 1, "a": 2}') as Record<string, unknown>;
    expect(Object.keys(value)).to.deep.equal(['__proto__', 'a']);
    expect(value.a).to.equal(2);
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
  });

  it('rejects what json.loads rejects (and NaN/Infinity, which trajgen never writes), naming the offset', () => {
    for (const bad of ['{"a": 1,}', '[1 2]', '{"a" 1}', '"\u0001"', '01', '"abc', '{"a": tru}', 'NaN', 'Infinity', '1e999', '"\\x"', '']) {
      expect(() => pyLoads(bad), JSON.stringify(bad)).to.throw(PyJsonError, /at offset \d+/);
    }
  });

  it('every arguments and tool-result text of a default run reads back and writes again byte for byte', async () => {
    const dir = await defaultRun();
    let texts = 0;
    for (const domain of ['lint', 'test', 'docstring', 'sample-data']) {
      for (const split of ['train', 'eval']) {
        for (const line of readFileSync(join(dir, domain, `${split}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
          const ex = JSON.parse(line) as TrainingExample;
          for (const m of ex.messages) {
            const text = m.role === 'tool' ? m.content! : m.tool_calls?.[0].function.arguments;
            if (text === undefined) continue;
            expect(pyDumps(pyLoads(text))).to.equal(text);
            texts++;
          }
        }
      }
    }
    expect(texts).to.be.greaterThan(1500);
  });
});
