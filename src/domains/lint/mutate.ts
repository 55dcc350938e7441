import { intBetween, shuffled, type Rng } from '../../generate/rng.js';
import { withTree } from '../../parse/python.js';
import { applyEdits } from './apply-edits.js';
import { makeLintContext } from './lint-context.js';
import type { Injection, LintRule } from './rule.js';

export interface Site {
  code: string;
  injection: Injection;
}

/** Every place a rule can write its pattern into this code (found by the rules' tree-sitter queries). */
export function injectionSites(code: string, rules: readonly LintRule[], rng: Rng): Site[] {
  return withTree(code, (tree) => {
    const ctx = makeLintContext(code, tree);
    return rules.flatMap((r) => (r.inject ? r.inject(ctx, rng).map((injection) => ({ code: r.meta.code, injection })) : []));
  });
}

function span(i: Injection): [number, number] {
  return [Math.min(...i.edits.map((e) => e.start)), Math.max(...i.edits.map((e) => e.end))];
}

/**
 * A seeded mutation: 1-3 injections at distinct lines of the clean code, applied together.
 * Returns null when the picks overlap or the result no longer parses.
 */
export function mutate(code: string, sites: readonly Site[], rng: Rng): { code: string; injected: string[] } | null {
  if (sites.length === 0) return null;
  const n = Math.min(sites.length, intBetween(rng, 1, 3));
  const picks: Site[] = [];
  const taken: [number, number][] = [];
  for (const site of shuffled(rng, sites)) {
    if (picks.length === n) break;
    const [a, b] = span(site.injection);
    // Keep edits apart (a line's worth) so one pattern does not swallow another.
    if (taken.some(([x, y]) => a <= y + 1 && b + 1 >= x)) continue;
    picks.push(site);
    taken.push([a, b]);
  }
  const mutated = applyEdits(code, picks.flatMap((p) => p.injection.edits));
  const broken = withTree(mutated, (tree) => tree.rootNode.hasError);
  return broken ? null : { code: mutated, injected: picks.map((p) => p.code).sort() };
}
