import { discoverRules } from '../../rules/discover-rules.js';
import type { DefinedSampleRule, SampleRuleCases } from './rule.js';

export interface LoadedSampleRule extends DefinedSampleRule {
  file: string;
  cases: SampleRuleCases;
}

/** rules/sample-data/<family>.ts with their cases; the id is the type family in meta.rules. */
export async function loadSampleRules(): Promise<LoadedSampleRule[]> {
  const found = await discoverRules<DefinedSampleRule>('sample-data');
  return found.map(({ rule, file, cases }) => ({ ...rule, file, cases: cases as SampleRuleCases }));
}
