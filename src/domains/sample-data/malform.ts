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
 * parameter left out, or (without **kwargs) a parameter under a wrong name.
 */
export function malform(plan: FunctionPlan, fixtures: readonly Record<string, unknown>[], rng: Rng): Record<string, unknown>[] {
  const out = fixtures.map((f) => ({ ...f }));
  const taken = new Set(plan.params.map((p) => p.name));
  // Every (fixture, parameter, mistake) that makes that fixture fail to bind.
  const options: { index: number; name: string; wrong: string | null }[] = [];
  out.forEach((fixture, index) => {
    for (const s of plan.slots) {
      if (!(s.param.name in fixture)) continue;
      if (s.param.default === null) options.push({ index, name: s.param.name, wrong: null });
      if (!plan.extra) for (const wrong of misnamings(s.param.name, taken)) options.push({ index, name: s.param.name, wrong });
    }
  });
  if (options.length === 0) throw new Error(`${plan.node.name}: no way to malform a fixture`);
  const { index, name, wrong } = pick(rng, options);
  if (wrong === null) delete out[index][name];
  // Keep the key's position: the mistake is the name, not the order.
  else out[index] = Object.fromEntries(Object.entries(out[index]).map(([k, v]) => [k === name ? wrong : k, v]));
  return out;
}
