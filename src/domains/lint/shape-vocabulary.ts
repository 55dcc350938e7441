import type { ShapeVocabulary } from '../../shapes/vocabulary.js';
import type { LintReport } from './tools.js';

/** The situation a lint conversation starts in: what the first run_linter call shows. */
export interface LintSituation {
  first: LintReport;
}

/** At most this many fixable issues are fixed one by one; more go through check_only=false. */
export const MAX_FIX_EACH = 3;

const unfixable = (r: LintReport) => r.total - r.fixable_count;

export const vocabulary: ShapeVocabulary<LintSituation> = {
  domain: 'lint',
  steps: {
    check: { description: 'run_linter with check_only=true', mistake: false, tools: ['run_linter'] },
    'fix-each': { description: `apply_fix for each fixable issue of the latest report, highest line first (at most ${MAX_FIX_EACH})`, mistake: false, tools: ['apply_fix'] },
    'fix-all': { description: `run_linter with check_only=false, when more than ${MAX_FIX_EACH} issues are fixable`, mistake: false, tools: ['run_linter'] },
    'fix-top-down': { description: 'apply_fix in reading order until a fix above has moved a line and apply_fix fails on the stale number', mistake: true, tools: ['apply_fix'] },
    'fix-unfixable': { description: 'apply_fix on an issue the report marks fixable: false, which fails', mistake: true, tools: ['apply_fix'] },
    'read-first': { description: 'read_file before anything else, although the code is already shown', mistake: true, tools: ['read_file'] },
  },
  predicates: {
    clean: { description: 'ruff reports nothing', holds: (s) => s.first.total === 0 },
    'unfixable-only': { description: 'issues, none of them safely fixable', holds: (s) => s.first.total > 0 && s.first.fixable_count === 0 },
    'few-fixable': { description: `1 to ${MAX_FIX_EACH} safely fixable issues`, holds: (s) => s.first.fixable_count >= 1 && s.first.fixable_count <= MAX_FIX_EACH },
    'many-fixable': { description: `more than ${MAX_FIX_EACH} safely fixable issues`, holds: (s) => s.first.fixable_count > MAX_FIX_EACH },
    'two-fixable': { description: 'at least 2 safely fixable issues', holds: (s) => s.first.fixable_count >= 2 },
    'has-unfixable': { description: 'at least one issue without a safe fix', holds: (s) => unfixable(s.first) > 0 },
  },
  placeholders: ['file', 'found', 'found_codes', 'fixed', 'remaining', 'remaining_codes', 'rest'],
};
