import type { Rng } from '../../generate/rng.js';
import { defineRule, type DefinedRule } from '../../rules/define-rule.js';
import type { ModuleTypes } from './module-types.js';
import type { PyLiteral, TypeExpr } from './type-expr.js';

/** The three cases the system prompt asks for, in the order they are written. */
export const CASE_KINDS = ['normal', 'edge', 'large'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export interface GenContext {
  /** The parameter or field name the value is for: it decides what looks realistic. */
  name: string;
  kind: CaseKind;
  rng: Rng;
  /** Enums and dataclasses of the fixture's module. */
  scope: ModuleTypes;
  /** A value for a nested type (list items, dict values, fields); throws for an unknown type. */
  recurse(type: TypeExpr, name: string, kind?: CaseKind): unknown;
}

export interface SampleRuleMeta {
  /** The file name: rules/sample-data/<id>.ts; also the type family reported in meta.rules. */
  id: string;
  description: string;
  /** Labels added to meta.tags of examples that use the rule (e.g. a domain edge category). */
  tags: string[];
}

/**
 * A type family. `matches` decides by the parsed annotation (never by regex on its text);
 * `generate` returns a JSON-ready value (PyFloat where Python holds a float).
 */
export interface SampleRule {
  meta: SampleRuleMeta;
  matches(type: TypeExpr, scope: ModuleTypes): boolean;
  generate(type: TypeExpr, ctx: GenContext): unknown;
  /** The type (as source text) an unannotated parameter of this name most likely has. */
  guessFromName?(name: string): string | null;
}

export type DefinedSampleRule = SampleRule & DefinedRule;

/** A type-family file ends with `export default defineSampleRule(import.meta.url, {...})`; its id is its file name. */
export function defineSampleRule(moduleUrl: string, spec: { meta: Omit<SampleRuleMeta, 'id'> } & Omit<SampleRule, 'meta'>): DefinedSampleRule {
  const base = defineRule(moduleUrl);
  return { ...base, meta: { id: base.id, ...spec.meta }, matches: spec.matches, generate: spec.generate, guessFromName: spec.guessFromName };
}

/** What a generated value must look like, beyond fitting its type (Python checks that). */
export interface Expectation {
  equals?: unknown;
  oneOf?: PyLiteral[];
  /** For strings. */
  pattern?: string;
  /** For numbers. */
  min?: number;
  max?: number;
  /** For strings, lists and dicts. */
  minLength?: number;
  maxLength?: number;
  /** The value is written as a Python float (PyFloat). */
  float?: boolean;
}

export interface SampleRuleCase {
  /** The annotation as written in Python source. */
  type: string;
  /** The parameter name the value is generated for. */
  name: string;
  /** Checked for every kind when omitted. */
  kind?: CaseKind;
  expect?: Expectation;
}

export interface SampleRuleCases {
  /** Python source defining the enums and dataclasses the cases' types name. */
  module?: string;
  /** Types this rule (and no other) generates values for. */
  valid: SampleRuleCase[];
  /** Types this rule must not claim. */
  invalid: string[];
  /** Unannotated parameter names and the type this rule guesses for them (null: no guess). */
  guesses?: { name: string; type: string | null }[];
}
