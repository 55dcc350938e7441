import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { FixtureError } from '../../errors.js';
import { readYaml } from '../../yaml/read-yaml.js';
import type { DocModel } from './model.js';
import type { DocSite } from './site.js';

/** What a person wrote about one function, in `<fixture>.docs.yaml` keyed by qualified name. */
export const SidecarEntrySchema = z.strictObject({
  // One line that fits beside the opening quotes within 80 columns.
  summary: z.string().min(1).max(76).regex(/^\S[^\n]*$/, 'one line'),
  description: z.string().min(1).optional(),
  params: z.record(z.string(), z.string().min(1)).optional(),
  returns: z.string().min(1).optional(),
  /** Only where the code has no usable annotation: numpy style needs a type line. */
  returns_type: z.string().min(1).optional(),
  yields: z.string().min(1).optional(),
  yields_type: z.string().min(1).optional(),
  raises: z.record(z.string(), z.string().min(1)).optional(),
});
export const SidecarSchema = z.record(z.string(), SidecarEntrySchema);
export type SidecarEntry = z.infer<typeof SidecarEntrySchema>;
export type Sidecar = z.infer<typeof SidecarSchema>;

export function sidecarPath(fixturePath: string): string {
  return fixturePath.replace(/\.py$/, '.docs.yaml');
}

/** Reads and shape-checks a sidecar; null when the fixture has none. */
export function readSidecar(absPath: string, display: string): Sidecar | null {
  if (!existsSync(absPath)) return null;
  const yaml = readYaml(readFileSync(absPath, 'utf8'), display);
  const parsed = SidecarSchema.safeParse(yaml.data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    throw new FixtureError(display, yaml.lineOf(path), `${path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/**
 * The canonical model of a site from its sidecar entry. Every parameter, raise and the
 * return/yield must be described, and nothing else: a mismatch names file and key.
 */
export function modelOf(site: DocSite, entry: SidecarEntry, file: string): DocModel {
  const fail = (problem: string) => new FixtureError(file, null, `${site.qualname}: ${problem}`, ['Make the sidecar entry match the code.']);
  const params = entry.params ?? {};
  const want = site.documented.map((p) => p.name);
  for (const k of Object.keys(params)) if (!want.includes(k)) throw fail(`params.${k} is not a parameter of the signature (${want.join(', ') || 'none'})`);
  for (const n of want) if (!(n in params)) throw fail(`params.${n} is missing`);
  if (site.returnsValue !== (entry.returns !== undefined)) throw fail(site.returnsValue ? 'returns is missing: the function returns a value' : 'returns is given, but the function returns nothing');
  if (site.generator !== (entry.yields !== undefined)) throw fail(site.generator ? 'yields is missing: the function is a generator' : 'yields is given, but the function is not a generator');
  const returnType = site.returnType ?? entry.returns_type ?? null;
  const yieldType = site.yieldType ?? entry.yields_type ?? null;
  if (site.returnsValue && returnType === null) throw fail('returns_type is needed: there is no return annotation and numpy style needs a type');
  if (site.generator && yieldType === null) throw fail('yields_type is needed: no Iterator[...] annotation gives the yielded type');
  if (entry.returns_type && site.returnType) throw fail('returns_type is given, but the annotation already says the type');
  const raises = entry.raises ?? {};
  if (!sameSet(Object.keys(raises), site.raises)) throw fail(`raises must describe exactly ${site.raises.join(', ') || 'nothing'} (has ${Object.keys(raises).join(', ') || 'nothing'})`);
  return {
    summary: entry.summary,
    description: entry.description?.trim() ?? null,
    params: site.documented.map((p) => ({ name: p.name, type: p.annotation, optional: p.hasDefault, description: params[p.name] })),
    returns: entry.returns ? { type: returnType, description: entry.returns } : null,
    yields: entry.yields ? { type: yieldType, description: entry.yields } : null,
    raises: site.raises.map((e) => ({ exception: e, description: raises[e] })),
  };
}
