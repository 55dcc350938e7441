import type { Rng } from '../../generate/rng.js';
import type { ModuleTypes } from './module-types.js';
import type { CaseKind, GenContext, SampleRule } from './rule.js';
import type { TypeExpr } from './type-expr.js';

/** No rule generates values of this type: the function is reported and skipped, never guessed at. */
export class UnknownTypeError extends Error {
  constructor(readonly typeText: string) {
    super(`no sample-data rule can generate a value of type ${typeText}`);
    this.name = 'UnknownTypeError';
  }
}

/** Containers nest: a rule that recurses further than this has met a self-referencing type. */
const MAX_DEPTH = 8;

/**
 * Type-directed generation: the rule that matches the type makes the value and asks for the
 * values inside it through `recurse`. Records which rules (type families) were used.
 */
export class ValueGenerator {
  readonly used = new Set<string>();

  constructor(
    private readonly rules: readonly SampleRule[],
    private readonly scope: ModuleTypes,
  ) {}

  ruleFor(type: TypeExpr): SampleRule | undefined {
    return this.rules.find((r) => r.matches(type, this.scope));
  }

  generate(type: TypeExpr, name: string, kind: CaseKind, rng: Rng, depth = 0): unknown {
    const rule = this.ruleFor(type);
    if (!rule || depth > MAX_DEPTH) throw new UnknownTypeError(type.text);
    this.used.add(rule.meta.id);
    const ctx: GenContext = {
      name,
      kind,
      rng,
      scope: this.scope,
      recurse: (t, n, k) => this.generate(t, n, k ?? kind, rng, depth + 1),
    };
    return rule.generate(type, ctx);
  }
}
