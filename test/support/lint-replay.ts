import { expect } from 'chai';
import { applyFixPass } from '../../src/domains/lint/apply-fix-pass.js';
import { issuesGone } from '../../src/domains/lint/policy.js';
import { countLines, NO_FIX_MESSAGE } from '../../src/domains/lint/tools.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { shownCode, toolCalls } from './generate-to-temp.js';
import { applyRuffEdits, ruffCheck, ruffFixIsSafe, ruffOffset, type RuffFinding } from './ruff-oracle.js';

export interface Selection {
  codes: string[];
  preview: boolean;
  lineLength: number;
}

/** The ruff settings the conversation's [Context] message promises: the oracle runs with exactly these. */
export function selectionFromContext(text: string): Selection {
  const codes = /select = \[([^\]]*)\]/.exec(text)?.[1].match(/"([A-Z]+\d+)"/g)?.map((c) => c.slice(1, -1));
  const lineLength = Number(/line-length = (\d+)/.exec(text)?.[1]);
  expect(codes, `no select list in ${text}`).to.not.equal(undefined);
  return { codes: codes!, preview: /preview = true/.test(text), lineLength };
}

function report(code: string, sel: Selection, path: string) {
  const found = ruffCheck(code, sel.codes, sel.preview, sel.lineLength);
  const issues = found.map((f) => ({ code: f.code, line: f.line, col: f.col, message: f.message, fixable: ruffFixIsSafe(code, f, path) }));
  return { found, result: { issues, total: issues.length, fixable_count: issues.filter((i) => i.fixable).length } };
}

/** `ruff check --fix`: passes of ruff's own safe fixes until none is left. */
function ruffFixAll(code: string, sel: Selection, path: string): string {
  for (let pass = 0; pass < 100; pass++) {
    const found = ruffCheck(code, sel.codes, sel.preview, sel.lineLength).filter((f) => ruffFixIsSafe(code, f, path));
    if (found.length === 0) break;
    const fixes = found.map((f: RuffFinding) => ({ edits: f.fix!.edits.map((e) => ({ start: ruffOffset(code, e.start), end: ruffOffset(code, e.end), text: e.content })) }));
    code = applyFixPass(code, fixes).code;
  }
  return code;
}

/** The text without its parentheticals that attribute codes to the report ("(ruff reported E501 (line too long))"). */
function withoutReported(sentence: string): string {
  let out = '';
  for (let i = 0; i < sentence.length; i++) {
    if (sentence[i] !== '(') {
      out += sentence[i];
      continue;
    }
    let depth = 0;
    let j = i;
    for (; j < sentence.length; j++) {
      if (sentence[j] === '(') depth++;
      else if (sentence[j] === ')' && --depth === 0) break;
    }
    const inner = sentence.slice(i, j + 1);
    out += /reported/.test(inner) ? '' : inner;
    i = j;
  }
  return out;
}

/**
 * The summary says only what is true: a sentence claiming fixes gives issues_fixed as its count
 * and names no code ruff still reports; a sentence saying what remains names exactly the codes
 * ruff still reports.
 */
function checkSummary(summary: string, fixed: number, remaining: readonly string[], where: string): void {
  const CODE = /\b[A-Z]{1,3}\d{3}\b/g;
  for (const sentence of summary.split(/(?<=\.) /)) {
    if (/\bremains?\b/.test(sentence)) {
      expect(new Set(sentence.match(CODE) ?? []), `${where}: "${sentence}" names what remains`).to.deep.equal(new Set(remaining));
    } else if (/^(Fixed|Applied)\b|\bfixed\b/.test(sentence)) {
      const claim = withoutReported(sentence);
      const stillThere = (claim.match(CODE) ?? []).filter((c) => remaining.includes(c));
      expect(stillThere, `${where}: "${sentence}" calls fixed what ruff still reports`).to.deep.equal([]);
      const count = /(\d+) issues?\b/.exec(claim);
      if (count) expect(Number(count[1]), `${where}: "${sentence}"`).to.equal(fixed);
    }
  }
}

/**
 * Replays a conversation with real ruff as the only source of truth: the oracle keeps its own
 * copy of the file, edited only by ruff's fixes, and every tool result must match it. The ruff
 * settings come from the [Context] message of the call that carries it, or `known` when a
 * definition attaches the provider to a tool the conversation may not call before the linter.
 */
export function replayLint(ex: TrainingExample, known?: string): void {
  const start = shownCode(ex);
  let code = start;
  let sel: Selection | null = known ? selectionFromContext(known) : null;
  let initial: ReturnType<typeof report>['result'] | null = null;
  const calls = toolCalls(ex);
  for (const [k, call] of calls.entries()) {
    const where = `${ex.meta.fixture} (${ex.meta.shape}) call ${k} ${call.name}`;
    if (call.contexts.length) sel = selectionFromContext(call.contexts[0]);
    if (call.name === 'run_linter') {
      expect(sel, `${where}: no ruff settings`).to.not.equal(null);
      if (call.args.check_only === false) code = ruffFixAll(code, sel!, ex.meta.fixture);
      const { result } = report(code, sel!, ex.meta.fixture);
      initial ??= result;
      expect(call.result, where).to.deep.equal(result);
    } else if (call.name === 'apply_fix') {
      const { found } = report(code, sel!, ex.meta.fixture);
      const target = found.find((f) => f.code === call.args.issue_code && f.line === call.args.line_number && ruffFixIsSafe(code, f, ex.meta.fixture));
      if (!target) expect(call.result, where).to.deep.equal({ success: false, message: NO_FIX_MESSAGE });
      else {
        expect(call.result, where).to.deep.equal({ success: true, message: `Fixed ${target.code} at line ${target.line}: ${target.fix!.title}` });
        code = applyRuffEdits(code, target.fix!.edits);
      }
    } else if (call.name === 'read_file') {
      expect(call.result, where).to.deep.equal({ content: code, lines: countLines(code) });
    } else if (call.name === 'submit_result') {
      const final = report(code, sel!, ex.meta.fixture).result;
      expect(call.args.issues_remaining, `${where}: issues_remaining`).to.equal(final.total);
      expect(call.args.issues_fixed, `${where}: issues_fixed`).to.equal(issuesGone(initial!.issues, final.issues));
      expect(call.args.changed_files, where).to.deep.equal(code === start ? [] : [ex.meta.fixture]);
      checkSummary(String(call.args.summary), Number(call.args.issues_fixed), final.issues.map((i) => i.code), where);
    }
  }
}

