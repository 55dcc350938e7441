import type { Node } from 'web-tree-sitter';
import { rngFor } from '../../generate/rng.js';
import { functionCategories } from '../../parse/edge-categories.js';
import { toPyNode } from '../../parse/discover-nodes.js';
import type { PyNode } from '../../parse/py-node.js';
import { UnknownTypeError, ValueGenerator } from './generate-value.js';
import { inferType } from './infer-type.js';
import type { ModuleTypes } from './module-types.js';
import { isPure } from './purity.js';
import { CASE_KINDS, type SampleRule } from './rule.js';
import { decoratorNames, isAccessorOrOverload } from '../../parse/decorators.js';
import { readParameters, type Param } from './signature.js';
import { parseTypeText, type TypeExpr } from './type-expr.js';

/** A parameter a fixture gives a value for, with the type its value is generated from. */
export interface Slot {
  param: Param;
  type: TypeExpr;
  /** Set when the parameter has no usable annotation and the type was inferred. */
  inferred: 'default' | 'name' | null;
}

/** Everything a variant needs about one fixture function, read once from the tree. */
export interface FunctionPlan {
  node: PyNode;
  /** The function's own name (`f.__name__`), used in the fixture file path. */
  name: string;
  params: Param[];
  /** Parameters a fixture can name (not *args, not positional-only with a default). */
  slots: Slot[];
  /** `**kwargs: T` with a type that can be generated: fixtures may add extra keys. */
  extra: { name: string; type: TypeExpr } | null;
  scope: ModuleTypes;
  categories: string[];
  /** Type families the function's values come from (dry run over all three cases). */
  families: string[];
  /** Safe for the truth check to call (see purity.ts). */
  pure: boolean;
}

/** A plan; a function with nothing to write (skipped quietly, counted by reason); or a problem to report. */
export type PlanResult = { plan: FunctionPlan } | { skip: string } | { problem: string };

function isAny(type: TypeExpr | null): boolean {
  return type === null || (type.kind === 'name' && (type.name === 'Any' || type.name === 'object'));
}

function isNested(type: TypeExpr): boolean {
  if (type.kind === 'generic') return type.args.some((a) => a.kind === 'generic' || (a.kind === 'union' && a.options.some((o) => o.kind === 'generic')));
  if (type.kind === 'union') return type.options.some(isNested);
  return false;
}

/**
 * Reads one function. Special methods and functions without parameters have nothing to write
 * and are left out silently; a parameter no rule can fill is a problem naming the function.
 */
export function planFunction(def: Node, filePath: string, scope: ModuleTypes, rules: readonly SampleRule[]): PlanResult {
  const node = toPyNode(def, filePath);
  const name = def.childForFieldName('name')!.text;
  if (/^__\w+__$/.test(name)) return { skip: 'a special method' };
  // A property is read, not called with inputs; an overload is a type checker's, not a function.
  if (isAccessorOrOverload(def)) return { skip: 'a property or an overload' };
  // An abstract method has no behaviour of its own to feed.
  if (decoratorNames(def).some((d) => /^(abc\.)?abstractmethod$/.test(d))) return { skip: 'an abstract method' };
  const params = readParameters(def);
  const slots: Slot[] = [];
  let extra: FunctionPlan['extra'] = null;
  for (const p of params) {
    if (p.kind === 'var_positional') continue;
    if (p.kind === 'positional_only') {
      if (p.default === null) return { problem: `parameter '${p.name}' is positional-only, so a fixture cannot give it by name` };
      continue;
    }
    if (p.kind === 'var_keyword') {
      if (p.type && !isAny(p.type)) extra = { name: p.name, type: p.type };
      continue;
    }
    if (!isAny(p.type)) {
      slots.push({ param: p, type: p.type!, inferred: null });
      continue;
    }
    const guess = inferType(p.name, p.default, rules);
    if (!guess) return { problem: `parameter '${p.name}' has ${p.type ? `type ${p.type.text}` : 'no annotation'}, and neither its default nor its name says what values fit` };
    slots.push({ param: p, type: parseTypeText(guess.type), inferred: guess.how });
  }
  if (slots.length === 0) return { skip: 'no parameters to write' };

  const gen = new ValueGenerator(rules, scope);
  const rng = rngFor(0, 'sample-data', 'dry-run', node.node_id);
  for (const s of slots) {
    try {
      for (const kind of CASE_KINDS) gen.generate(s.type, s.param.name, kind, rng);
    } catch (e) {
      if (!(e instanceof UnknownTypeError)) throw e;
      const whole = s.type.text === e.typeText ? '' : ` (in ${s.type.text})`;
      return { problem: `parameter '${s.param.name}' has type ${e.typeText}${whole}, which no sample-data rule can generate` };
    }
  }
  if (extra) {
    try {
      gen.generate(extra.type, extra.name, 'normal', rng);
    } catch (e) {
      if (!(e instanceof UnknownTypeError)) throw e;
      extra = null;
    }
  }
  const families = [...gen.used].sort();
  const tags = new Set<string>(functionCategories(def));
  for (const r of rules) if (gen.used.has(r.meta.id)) r.meta.tags.forEach((t) => tags.add(t));
  if (slots.some((s) => s.param.kind === 'keyword_only')) tags.add('kw_only');
  if (slots.some((s) => s.inferred)) tags.add('unannotated_param');
  if (slots.some((s) => isNested(s.type))) tags.add('nested_container');
  return { plan: { node, name, params, slots, extra, scope, categories: [...tags].sort(), families, pure: isPure(def) } };
}
