import { createHash } from 'node:crypto';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { shownCode, toolCalls } from './generate-to-temp.js';

/** The next target call after a prefix that another example continues differently. */
export interface PrefixConflict {
  prefix: string;
  calls: string[];
}

/**
 * Identical conversations up to a learning-target turn must continue with the same call: what a
 * model learns from is a function of what it has seen. Returns the prefixes that do not.
 */
export function prefixConflicts(examples: readonly TrainingExample[]): PrefixConflict[] {
  const next = new Map<string, Set<string>>();
  for (const ex of examples) {
    const targets = new Set(ex.meta.targets);
    const h = createHash('sha1');
    ex.messages.forEach((m, i) => {
      if (m.role === 'assistant' && targets.has(i)) {
        const key = h.copy().digest('hex');
        const f = m.tool_calls![0].function;
        next.set(key, (next.get(key) ?? new Set()).add(`${f.name} ${f.arguments}`));
      }
      h.update(JSON.stringify(m));
    });
  }
  return [...next].filter(([, calls]) => calls.size > 1).map(([prefix, calls]) => ({ prefix, calls: [...calls] }));
}

/** Learning-target turns that a tool answered as failed: a refused call, or a test file whose next run fails. */
export function failedTargets(ex: TrainingExample): string[] {
  const calls = toolCalls(ex);
  const assistant = ex.messages.flatMap((m, i) => (m.role === 'assistant' ? [i] : []));
  const out: string[] = [];
  calls.forEach((c, k) => {
    if (!ex.meta.targets.includes(assistant[k])) return;
    const r = c.result as { success?: boolean; failed?: number; errors?: number } | undefined;
    if (r?.success === false) out.push(`${c.name} #${k} failed`);
    const nextRun = calls.slice(k + 1).find((x) => x.name === 'run_tests' || x.name === 'write_test_file');
    const run = nextRun?.name === 'run_tests' ? (nextRun.result as { failed: number; errors: number }) : null;
    if (c.name === 'write_test_file' && run && run.failed + run.errors > 0) out.push(`write_test_file #${k} is followed by a failing run`);
  });
  return out;
}

/** Number agreement slips a summary must not have (the same list the quality report checks). */
export const BAD_WORDS = /\bfixs\b|\b1 issues\b|\b1 issue remain\b|\b1 fixes\b|\b1 tests\b|\b1 fixtures\b|\b(?:[02-9]|\d{2,}) issue\b(?! code)|\b(?:[02-9]|\d{2,}) test\b(?! file| case)/;

/** Eval node codes (longer than 40 characters, whitespace collapsed) found inside any train message. */
export function evalLeaks(train: readonly TrainingExample[], evalSet: readonly TrainingExample[]): string[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const trainText = train.flatMap((x) => x.messages.map((m) => norm(m.content ?? ''))).join('\n');
  const codes = new Set(evalSet.map((x) => norm(shownCode(x))).filter((c) => c.length > 40));
  return [...codes].filter((c) => trainText.includes(c));
}
