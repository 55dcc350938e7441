import { intBetween, shuffled, type Rng } from '../../generate/rng.js';
import { withTree } from '../../parse/python.js';
import { applyEdits } from './apply-edits.js';
import { makeLintContext } from './lint-context.js';
import type { Injection, LintRule } from './rule.js';
import { isExact } from './verify-injection.js';

export interface Site {
  code: string;
  injection: Injection;
}

// Sites kept per rule and base: an example injects a handful, and a real-size file offers
// thousands per rule, each held in memory and shuffled for every mutation.
export const MAX_SITES_PER_RULE = 100;

/**
 * The places a rule can write its pattern into this code (found by the rules' tree-sitter
 * queries): all of them, or a seeded sample of MAX_SITES_PER_RULE in source order.
 */
export function injectionSites(code: string, rules: readonly LintRule[], rng: Rng): Site[] {
  return withTree(code, (tree) => {
    const ctx = makeLintContext(code, tree);
    return rules.flatMap((r) => {
      if (!r.inject) return [];
      const all = r.inject(ctx, rng).map((injection, i) => ({ i, site: { code: r.meta.code, injection } }));
      const kept = all.length > MAX_SITES_PER_RULE ? shuffled(rng, all).slice(0, MAX_SITES_PER_RULE).sort((a, b) => a.i - b.i) : all;
      return kept.map((k) => k.site);
    });
  });
}

function span(i: Injection): [number, number] {
  return [Math.min(...i.edits.map((e) => e.start)), Math.max(...i.edits.map((e) => e.end))];
}

/**
 * A judge of whole mutations, and the injections it has seen refused: a lane's own knowledge.
 * It must not be shared between lanes: what one lane learnt would change what another picks,
 * and a lane's variants would depend on which lanes a thread happened to play before it.
 */
export interface MutationJudge {
  accept(mutated: string, picks: readonly Site[]): boolean;
  refused: Set<Injection>;
}

/**
 * A seeded mutation: from each group, `count` injections at distinct spots of the code, all
 * applied together. Null when a group has too few sites apart from the others, or the result
 * is refused.
 *
 * Without a judge, each site's own check runs before it is picked, and the result must parse.
 * With one, the result is judged whole (the caller lints it anyway, so a site's check, a parse
 * and a lint of its own, is spent only when a result is refused: then each pick's check runs,
 * and a site that fails it goes into the judge's refused set and is not picked again).
 */
export function mutateGroups(code: string, groups: readonly { sites: readonly Site[]; count: number }[], rng: Rng, judge?: MutationJudge): { code: string; injected: string[] } | null {
  const picks: Site[] = [];
  const taken: [number, number][] = [];
  for (const { sites, count } of groups) {
    let got = 0;
    for (const site of shuffled(rng, sites)) {
      if (got === count) break;
      const [a, b] = span(site.injection);
      // Keep edits apart (a line's worth) so one pattern does not swallow another.
      if (taken.some(([x, y]) => a <= y + 1 && b + 1 >= x)) continue;
      if (judge ? judge.refused.has(site.injection) : !isExact(site.injection)) continue;
      picks.push(site);
      taken.push([a, b]);
      got++;
    }
    if (got < count) return null;
  }
  if (picks.length === 0) return { code, injected: [] };
  const mutated = applyEdits(code, picks.flatMap((p) => p.injection.edits));
  const ok = judge ? judge.accept(mutated, picks) : withTree(mutated, (tree) => !tree.rootNode.hasError);
  if (!ok) {
    if (judge) for (const p of picks) if (!isExact(p.injection)) judge.refused.add(p.injection);
    return null;
  }
  return { code: mutated, injected: picks.map((p) => p.code).sort() };
}

/** 1-3 injections of any rule at distinct spots (the rule tests' mutation round). */
export function mutate(code: string, sites: readonly Site[], rng: Rng): { code: string; injected: string[] } | null {
  if (sites.length === 0) return null;
  return mutateGroups(code, [{ sites, count: Math.min(sites.length, intBetween(rng, 1, 3)) }], rng);
}
