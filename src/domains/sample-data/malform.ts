import { pick, type Rng } from '../../generate/rng.js';
import type { FunctionPlan } from './plan.js';

function camel(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** Names a model plausibly writes instead of the real one: camelCase, plural/singular, a prefix. */
function misnamings(name: string, taken: ReadonlySet<string>): string[] {
  const out = [camel(name), name.endsWith('s') ? name.slice(0, -1) : `${name}s`, `${name}_value`];
  return [...new Set(out)].filter((n) => n !== name && !taken.has(n));
}

/**
 * The fixtures with one realistic mistake that makes one of them fail to bind: a required
 * parameter left out, or (when the function takes no **kwargs) a parameter under a wrong name.
 * Null when no such mistake exists for these fixtures.
 */
export function malform(plan: FunctionPlan, fixtures: readonly Record<string, unknown>[], rng: Rng): Record<string, unknown>[] | null {
  const out = fixtures.map((f) => ({ ...f }));
  const taken = new Set(plan.params.map((p) => p.name));
  // **kwargs takes any key, typed or not, so a misspelled name would still bind.
  const acceptsAnyKey = plan.params.some((p) => p.kind === 'var_keyword');
  const options: { index: number; name: string; wrong: string | null }[] = [];
  out.forEach((fixture, index) => {
    for (const s of plan.slots) {
      if (!(s.param.name in fixture)) continue;
      if (s.param.default === null) options.push({ index, name: s.param.name, wrong: null });
      if (!acceptsAnyKey) for (const wrong of misnamings(s.param.name, taken)) options.push({ index, name: s.param.name, wrong });
    }
  });
  if (options.length === 0) return null;
  const { index, name, wrong } = pick(rng, options);
  if (wrong === null) delete out[index][name];
  // Keep the key's position: the mistake is the name, not the order.
  else out[index] = Object.fromEntries(Object.entries(out[index]).map(([k, v]) => [k === name ? wrong : k, v]));
  return out;
}
