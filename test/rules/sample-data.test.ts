import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { ValueGenerator } from '../../src/domains/sample-data/generate-value.js';
import { moduleTypes, type ModuleTypes } from '../../src/domains/sample-data/module-types.js';
import { CASE_KINDS, type Expectation, type SampleRuleCase } from '../../src/domains/sample-data/rule.js';
import { loadSampleRules, type LoadedSampleRule } from '../../src/domains/sample-data/rules.js';
import { parseTypeText } from '../../src/domains/sample-data/type-expr.js';
import { rngFor } from '../../src/generate/rng.js';
import { initPython, withTree } from '../../src/parse/python.js';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { PyFloat } from '../../src/pyjson/py-float.js';
import { toPlain } from '../../src/pyjson/to-plain.js';
import { checkWithPython, type SampleCheckItem } from '../support/python/sample-data-check.js';

// Rules are discovered before mocha builds the suite, so each gets its own block.
await initPython();
const rules: LoadedSampleRule[] = await loadSampleRules();
const SEEDS = [0, 1, 2, 3, 4];

/** Problems of a value against the case's expectation (empty = as expected). */
function unmet(value: unknown, e: Expectation): string[] {
  const plain = toPlain(value);
  const out: string[] = [];
  if (e.equals !== undefined && JSON.stringify(plain) !== JSON.stringify(e.equals)) out.push(`expected ${JSON.stringify(e.equals)}`);
  if (e.oneOf && !e.oneOf.some((m) => m === plain)) out.push(`expected one of ${JSON.stringify(e.oneOf)}`);
  if (e.pattern && !(typeof plain === 'string' && new RegExp(e.pattern).test(plain))) out.push(`expected to match /${e.pattern}/`);
  if (e.min !== undefined && !(typeof plain === 'number' && plain >= e.min)) out.push(`expected >= ${e.min}`);
  if (e.max !== undefined && !(typeof plain === 'number' && plain <= e.max)) out.push(`expected <= ${e.max}`);
  const length = typeof plain === 'string' || Array.isArray(plain) ? plain.length : plain && typeof plain === 'object' ? Object.keys(plain).length : NaN;
  if (e.minLength !== undefined && !(length >= e.minLength)) out.push(`expected length >= ${e.minLength}`);
  if (e.maxLength !== undefined && !(length <= e.maxLength)) out.push(`expected length <= ${e.maxLength}`);
  if (e.float !== undefined && value instanceof PyFloat !== e.float) out.push(e.float ? 'expected a PyFloat' : 'expected no PyFloat');
  return out;
}

interface Generated {
  rule: string;
  c: SampleRuleCase;
  kind: string;
  seed: number;
  value: unknown;
  again: unknown;
  item: SampleCheckItem;
}

const dir = mkdtempSync(join(tmpdir(), 'trajgen-sample-rules-'));
const generated: Generated[] = [];
const scopes = new Map<string, ModuleTypes>();

/**
 * Every valid case, generated for each kind and several seeds through all rules (as the domain
 * does), with a Python check item: a module holding the case's types and `def case_fn(<name>: <type>)`.
 */
function generateCases(rule: LoadedSampleRule): void {
  const module = rule.cases?.module ?? '';
  const scope = withTree(module, moduleTypes);
  scopes.set(rule.meta.id, scope);
  rule.cases?.valid.forEach((c, i) => {
    const path = join(dir, `case_${rule.meta.id}_${i}.py`);
    writeFileSync(path, `${module}\nfrom typing import *\nimport typing\n\n\ndef case_fn(${c.name}: ${c.type}):\n    pass\n`);
    const analysis = pyDumps({ function_name: 'case_fn', parameters: [{ name: c.name, type: c.type, default: null }] });
    for (const kind of c.kind ? [c.kind] : CASE_KINDS) {
      for (const seed of SEEDS) {
        const make = () => new ValueGenerator(rules, scope).generate(parseTypeText(c.type), c.name, kind, rngFor(seed, 'rule-case'));
        const value = make();
        const id = `${rule.meta.id}/${i}/${kind}/${seed}`;
        generated.push({ rule: rule.meta.id, c, kind, seed, value, again: make(), item: { id, module: path, qualname: 'case_fn', analysis, written: pyDumps({ fixtures: [{ [c.name]: value }], format: 'json' }) } });
      }
    }
  });
}
rules.forEach(generateCases);

describe('rules/sample-data', () => {
  let verdicts: Map<string, string[]>;
  before(() => {
    verdicts = checkWithPython(generated.map((g) => g.item));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('has a rule per type family, each with a cases file', () => {
    const ids = rules.map((r) => r.meta.id);
    for (const family of ['int', 'float', 'str', 'bool', 'optional', 'list', 'dict', 'tuple', 'literal', 'enum', 'dataclass']) expect(ids).to.include(family);
    for (const r of rules) expect(r.cases, `${r.file} has no ${r.meta.id}.cases.ts beside it`).to.not.equal(undefined);
  });

  for (const rule of rules) {
    describe(`${rule.meta.id}`, () => {
      it('has valid and invalid cases', () => {
        expect(rule.cases?.valid.length ?? 0).to.be.greaterThan(0);
        expect(rule.cases?.invalid.length ?? 0).to.be.greaterThan(0);
      });

      it('is the one rule that claims each valid type, and claims no invalid one', () => {
        const scope = scopes.get(rule.meta.id)!;
        for (const c of rule.cases?.valid ?? []) {
          const claimants = rules.filter((r) => r.matches(parseTypeText(c.type), scope)).map((r) => r.meta.id);
          expect(claimants, c.type).to.deep.equal([rule.meta.id]);
        }
        for (const t of rule.cases?.invalid ?? []) expect(rule.matches(parseTypeText(t), scope), `${rule.meta.id} claims ${t}`).to.equal(false);
      });

      it('generates values that meet each case, the same for the same seed', () => {
        for (const g of generated.filter((x) => x.rule === rule.meta.id)) {
          const where = `${g.c.type} ${g.c.name} ${g.kind} seed ${g.seed}: ${pyDumps(g.value)}`;
          expect(unmet(g.value, g.c.expect ?? {}), where).to.deep.equal([]);
          expect(pyDumps(g.again), where).to.equal(pyDumps(g.value));
        }
      });

      it("generates values that Python accepts for the annotation", () => {
        for (const g of generated.filter((x) => x.rule === rule.meta.id)) {
          expect(verdicts.get(g.item.id), `${g.c.type} ${g.c.name} ${g.kind}: ${pyDumps(g.value)}`).to.deep.equal([]);
        }
      });

      if (rule.cases?.guesses) {
        it('guesses the type of an unannotated parameter from its name', () => {
          for (const g of rule.cases!.guesses!) expect(rule.guessFromName?.(g.name) ?? null, g.name).to.equal(g.type);
        });
      }
    });
  }
});
