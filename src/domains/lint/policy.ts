import type { LoadedDefinition } from '../../definition/load-definition.js';
import type { PyNode } from '../../parse/py-node.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { Shape } from '../../shapes/schema.js';
import { summaryFor } from '../../shapes/summary-template.js';
import { fits } from '../../shapes/vocabulary.js';
import type { FindingsCache } from './findings-cache.js';
import type { LintRule } from './rule.js';
import { MAX_FIX_EACH, vocabulary } from './shape-vocabulary.js';
import { lintSummaryValues } from './summary-values.js';
import { lintTools, type LintIssue, type LintReport } from './tools.js';
import type { LineEndings } from './line-endings.js';
import { isPackageInit } from './package-init.js';
import { LintWorkspace } from './workspace.js';

export interface LintScenario {
  definition: LoadedDefinition;
  node: PyNode;
  rules: readonly LintRule[];
  cache: FindingsCache;
  ruffConfig: string;
  /** The version's text with `\n` endings (node.text is it as shown, in the file's own endings). */
  code: string;
  endings: LineEndings;
  /** Categories of the code shown (computed on this version). */
  tags: string[];
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

/** Fixable issues of a report, highest line first: fixing from the bottom keeps the lines above valid. */
export function bottomUp(report: LintReport): LintIssue[] {
  return report.issues.filter((i) => i.fixable).sort((a, b) => b.line - a.line || b.col - a.col);
}

/** What the model has seen so far, all the procedure decides on. */
interface Seen {
  first: LintReport | null;
  latest: LintReport | null;
  /** Nothing was edited since `latest`. */
  fresh: boolean;
  /** Fixable issues of `latest` not yet attempted, in the order the procedure fixes them. */
  queue: LintIssue[];
  /** apply_fix failed on an issue the latest report marks fixable: its line number is stale. */
  stale: boolean;
}

type Next = 'check' | 'fix' | 'fix-all' | 'submit';

/**
 * The system prompt's procedure as a function of what the model has seen: check first; with
 * nothing fixable, submit; with up to MAX_FIX_EACH fixable issues, fix each from the bottom up,
 * then check again; with more, let check_only=false apply them all; after apply_fix fails on a
 * fixable issue, check again.
 */
function policyNext(seen: Seen): Next {
  if (!seen.latest || seen.stale) return 'check';
  if (seen.fresh) {
    if (seen.latest.fixable_count === 0) return 'submit';
    return seen.latest.fixable_count > MAX_FIX_EACH ? 'fix-all' : 'fix';
  }
  return seen.queue.length > 0 ? 'fix' : 'check';
}

/** Where a mistake step stands in for the procedure's step. */
const STANDS_FOR: Record<string, Next> = { 'fix-top-down': 'fix', 'fix-unfixable': 'fix', 'read-first': 'check', 'fix-each': 'fix' };

class Off extends Error {}

/**
 * Plays a shape on one version of the file, every step checked against the procedure; the
 * tools answer from the in-memory file as the edits leave it. Null when the shape's story does
 * not happen on this code, or when what the agent would claim at submit differs from the truth.
 */
export function playShape(s: LintScenario, shape: Shape, seed: number): TrainingExample | null {
  const ws = new LintWorkspace(s.code, s.cache, isPackageInit(s.node.file_path));
  const { tools, providers } = lintTools(ws, s.ruffConfig, s.endings);
  const session = new Session({ definition: s.definition, node: s.node, tools, providers });
  const seen: Seen = { first: null, latest: null, fresh: true, queue: [], stale: false };
  const report = (r: LintReport) => {
    seen.first ??= r;
    seen.latest = r;
    seen.fresh = true;
    seen.stale = false;
    seen.queue = bottomUp(r);
  };
  const fix = (issue: LintIssue, target: boolean): boolean => {
    const res = session.call<{ success: boolean }>('apply_fix', { issue_code: issue.code, line_number: issue.line }, { target });
    if (res.success) seen.fresh = false;
    return res.success;
  };
  try {
    for (const st of shape.steps) {
      if (policyNext(seen) !== (STANDS_FOR[st.step] ?? st.step)) throw new Off();
      if (st.step === 'check') report(session.call<LintReport>('run_linter', { check_only: true }));
      else if (st.step === 'fix-all') report(session.call<LintReport>('run_linter', { check_only: false }));
      else if (st.step === 'read-first') session.call('read_file', {}, { target: false });
      else if (st.step === 'fix-each') {
        // A fix that fails here would be a learned mistake: the version does not fit.
        while (policyNext(seen) === 'fix') if (!fix(seen.queue.shift()!, true)) throw new Off();
      } else if (st.step === 'fix-unfixable') {
        const unfixable = seen.latest!.issues.find((i) => !i.fixable);
        if (!unfixable || fix(unfixable, false)) throw new Off();
      } else if (st.step === 'fix-top-down') {
        // Reading order, until a fix above has moved a line and its number is stale.
        const order = [...seen.queue].reverse();
        for (const issue of order) {
          seen.queue = seen.queue.filter((i) => i !== issue);
          if (!fix(issue, false)) {
            seen.stale = true;
            break;
          }
        }
        if (!seen.stale) throw new Off();
      }
    }
  } catch (e) {
    if (e instanceof Off) return null;
    throw e;
  }
  const { first, latest } = seen;
  if (policyNext(seen) !== 'submit' || !first || !latest || !fits(vocabulary, shape.when, { first })) return null;
  // The claims come from what the tools showed; they must also be the truth.
  const fixed = first.total - latest.total;
  const truth = ws.findings();
  if (issuesGone(first.issues, truth) !== fixed || truth.length !== latest.total) return null;
  const values = lintSummaryValues(s.node.file_path, s.rules, first, fixed, latest);
  return session.submit(
    {
      summary: summaryFor(shape.summaries, values, seed, session.transcript),
      issues_fixed: fixed,
      issues_remaining: latest.total,
      changed_files: ws.code !== s.code ? [s.node.file_path] : [],
    },
    {
      domain: 'lint',
      fixture: s.node.file_path,
      node_id: s.node.node_id,
      rules: [...new Set(first.issues.map((i) => i.code))].sort(),
      tags: s.tags,
      shape: shape.name,
      seed,
    },
  );
}
