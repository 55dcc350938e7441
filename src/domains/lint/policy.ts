import type { LoadedDefinition } from '../../definition/load-definition.js';
import type { Rng } from '../../generate/rng.js';
import type { PyNode } from '../../parse/py-node.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { FindingsCache } from './findings-cache.js';
import type { LintRule } from './rule.js';
import type { Shape } from './shapes.js';
import { lintSummary } from './summary-text.js';
import { lintTools, type LintIssue, type LintReport } from './tools.js';
import { LintWorkspace } from './workspace.js';

export interface LintScenario {
  definition: LoadedDefinition;
  node: PyNode;
  rules: readonly LintRule[];
  cache: FindingsCache;
  ruffConfig: string;
  tags: string[];
  seed: number;
}

/**
 * How many of the first report's issues are gone at the end, counted per code: positions and
 * some messages move when the file changes (E501 names the new length), the code does not.
 */
export function issuesGone(before: readonly { code: string }[], after: readonly { code: string }[]): number {
  const left = new Map<string, number>();
  for (const i of after) left.set(i.code, (left.get(i.code) ?? 0) + 1);
  let gone = 0;
  for (const i of before) {
    const n = left.get(i.code) ?? 0;
    if (n > 0) left.set(i.code, n - 1);
    else gone++;
  }
  return gone;
}

function fixOrder(report: LintReport, bottomUp: boolean): LintIssue[] {
  const fixable = report.issues.filter((i) => i.fixable);
  return bottomUp ? fixable.sort((a, b) => b.line - a.line || b.col - a.col) : fixable;
}

/**
 * Plays one shape against the simulated tools the way an agent would: it only knows what
 * the tools told it. Returns null when the shape's story did not happen on this code, or
 * when what the agent would claim at submit differs from the truth.
 */
export function playShape(s: LintScenario, shape: Shape, rng: Rng): TrainingExample | null {
  const ws = new LintWorkspace(s.node.text, s.rules, s.cache);
  const { tools, providers } = lintTools(ws, s.ruffConfig);
  const session = new Session({ definition: s.definition, node: s.node, tools, providers });
  let first: LintReport | null = null;
  let known: LintReport | null = null;
  let fixesSinceReport = 0;
  let failures = 0;
  const check = (checkOnly: boolean): LintReport => {
    known = session.call<LintReport>('run_linter', { check_only: checkOnly });
    first ??= known;
    fixesSinceReport = 0;
    return known;
  };
  const fixLoop = (bottomUp: boolean) => {
    let queue = fixOrder(known!, bottomUp);
    while (queue.length > 0 && session.callCount < shape.maxCalls) {
      const target = queue.shift()!;
      const res = session.call<{ success: boolean }>('apply_fix', { issue_code: target.code, line_number: target.line });
      if (res.success) fixesSinceReport++;
      else {
        failures++;
        if (session.callCount >= shape.maxCalls) return;
        queue = fixOrder(check(true), bottomUp);
      }
    }
    if (queue.length > 0) throw new ShapeDoesNotFit();
  };

  try {
    for (const step of shape.steps) {
      if (step === 'read') session.call('read_file', {});
      else if (step === 'check') check(true);
      else if (step === 'fix-all') check(false);
      else fixLoop(step === 'fix-bottom-up');
    }
  } catch (e) {
    if (e instanceof ShapeDoesNotFit) return null;
    throw e;
  }
  if (!first || !known || session.callCount > shape.maxCalls) return null;
  if (shape.needsFailure && failures === 0) return null;

  const truthFinal = ws.findings();
  const firstReport: LintReport = first;
  const knownReport: LintReport = known;
  const believedRemaining = knownReport.total - fixesSinceReport;
  const believedFixed = firstReport.total - knownReport.total + fixesSinceReport;
  const truthRemaining = truthFinal.length;
  const truthFixed = issuesGone(firstReport.issues, truthFinal);
  if (believedRemaining !== truthRemaining || believedFixed !== truthFixed) return null;

  const changed = ws.code !== s.node.text;
  const remaining = fixesSinceReport === 0 ? knownReport.issues : knownReport.issues.filter((i) => !i.fixable);
  const example = session.submit(
    {
      summary: lintSummary(rng, s.node.file_path, firstReport.issues, truthFixed, remaining),
      issues_fixed: truthFixed,
      issues_remaining: truthRemaining,
      changed_files: changed ? [s.node.file_path] : [],
    },
    {
      domain: 'lint',
      fixture: s.node.file_path,
      node_id: s.node.node_id,
      rules: [...new Set(firstReport.issues.map((i) => i.code))].sort(),
      tags: s.tags,
      shape: shape.name,
      seed: s.seed,
    },
  );
  return example;
}

class ShapeDoesNotFit extends Error {}
