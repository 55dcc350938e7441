import { counted } from '../../text/plural.js';
import type { RunReport } from './pytest-sim.js';
import type { TestItem } from './rule.js';

/** The placeholders of the test summaries, every number taken from what the tools showed. */
export function summaryValues(fn: string, path: string, run: RunReport, newItems: readonly TestItem[], kept: number, fixed: RunReport['failures'][number] | null): Record<string, string> {
  const errors = newItems.filter((i) => i.checks.some((c) => c.expect.kind === 'raises')).length;
  const parts = [counted(newItems.length - errors, 'value case')];
  if (errors) parts.push(counted(errors, 'error case'));
  return {
    function: fn,
    path,
    new_tests: counted(newItems.length, 'test'),
    passing: counted(run.passed, 'test'),
    coverage: parts.join(' and '),
    kept: kept ? `The ${counted(kept, 'test')} already in the file ${kept === 1 ? 'was' : 'were'} kept.` : '',
    fixed: fixed ? `The first run failed on ${fixed.test.split('::')[1]} (${fixed.message}); I corrected that test.` : '',
  };
}
