import { discoverRules } from '../../rules/discover-rules.js';
import type { SampleRule, SampleRuleCases } from './rule.js';

export interface LoadedSampleRule extends SampleRule {
  file: string;
  cases: SampleRuleCases | undefined;
}

/** rules/sample-data/<family>.ts, checked: the file name must be the rule's id. */
export async function loadSampleRules(): Promise<LoadedSampleRule[]> {
  const found = await discoverRules<Partial<SampleRule>>('sample-data');
  return found.map(({ id, file, module, cases }) => {
    if (!module.meta || typeof module.matches !== 'function' || typeof module.generate !== 'function') {
      throw new Error(`${file}: a sample-data rule exports meta, matches() and generate()`);
    }
    if (module.meta.id !== id) throw new Error(`${file}: meta.id is ${module.meta.id}, but the file name says ${id}`);
    return { meta: module.meta, matches: module.matches, generate: module.generate, guessFromName: module.guessFromName, file, cases: cases as SampleRuleCases | undefined };
  });
}
