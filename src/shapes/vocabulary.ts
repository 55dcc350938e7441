import type { DomainName } from '../domains/catalog.js';

/** A step a shape may list: what it does, whether it is a deliberate mistake, which tools it calls. */
export interface StepInfo {
  description: string;
  mistake: boolean;
  tools: readonly string[];
}

/** A named precondition on the situation a unit starts in (e.g. `few-fixable`). */
export interface PredicateInfo<S> {
  description: string;
  holds(situation: S): boolean;
}

/**
 * What a domain's shapes.yaml may name: its steps, its predicates and the placeholders its
 * summary templates may use. The domain's player gives each step its meaning.
 */
export interface ShapeVocabulary<S> {
  domain: DomainName;
  steps: Readonly<Record<string, StepInfo>>;
  predicates: Readonly<Record<string, PredicateInfo<S>>>;
  placeholders: readonly string[];
}

/** Whether a situation satisfies every predicate a shape names. */
export function fits<S>(vocabulary: ShapeVocabulary<S>, when: readonly string[], situation: S): boolean {
  return when.every((p) => vocabulary.predicates[p].holds(situation));
}
