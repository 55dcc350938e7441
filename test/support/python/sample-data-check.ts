import { execFileSync } from 'node:child_process';
import { projectPath } from '../../../src/paths.js';

export interface SampleCheckItem {
  id: string;
  /** Absolute path of the fixture module. */
  module: string;
  qualname: string;
  /** Raw JSON strings as recorded in the conversation (Python keeps 1.0 a float). */
  analysis: string;
  refused?: { args: string; result: string }[];
  written?: string | null;
  /** Unannotated parameters and the type (source text) their values were generated for. */
  inferred?: Record<string, string>;
  pure?: boolean;
  /** A module of a package: the fixtures root and its dotted import path (imported as the package imports it). */
  root?: string;
  dotted?: string;
}

/** Runs test/support/python/check_sample_data.py once over the whole batch; errors per item id. */
export function checkWithPython(items: SampleCheckItem[]): Map<string, string[]> {
  const out = // -S: a fixture imports from the fixtures root, never a namesake installed on this machine.
  execFileSync('python3', ['-S', projectPath('test/support/python/check_sample_data.py')], {
    input: JSON.stringify({ items }),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const { verdicts } = JSON.parse(out) as { verdicts: { id: string; errors: string[] }[] };
  return new Map(verdicts.map((v) => [v.id, v.errors]));
}
