import type { ContextProvider, ToolImpl } from '../../record/session.js';
import type { LintFinding } from './rule.js';
import { shown, type LineEndings } from './line-endings.js';
import type { LintWorkspace } from './workspace.js';

export interface LintIssue {
  code: string;
  line: number;
  col: number;
  message: string;
  fixable: boolean;
}

export interface LintReport {
  issues: LintIssue[];
  total: number;
  fixable_count: number;
}

export function toReport(findings: readonly LintFinding[]): LintReport {
  // Key order is the runtime tool's: code, line, col, message, fixable.
  const issues = findings.map((f) => ({ code: f.code, line: f.line, col: f.col, message: f.message, fixable: f.fixable }));
  return { issues, total: issues.length, fixable_count: issues.filter((i) => i.fixable).length };
}

/** Lines as Python's str.splitlines() counts them (a final newline ends a line, not starts one). */
export function countLines(content: string): number {
  if (content === '') return 0;
  return content.split('\n').length - (content.endsWith('\n') ? 1 : 0);
}

export const NO_FIX_MESSAGE = 'No fixable issue at that location';

/** The simulated lint tools: closures over the workspace, so results follow every edit. */
export function lintTools(ws: LintWorkspace, ruffConfig: string, endings: LineEndings = { crlf: false }): { tools: Record<string, ToolImpl>; providers: Record<string, ContextProvider> } {
  return {
    tools: {
      run_linter: (args) => {
        // Omitted check_only means report only: a linter call never edits by surprise.
        if (args.check_only === false) ws.fixAll();
        return toReport(ws.findings());
      },
      apply_fix: (args) => {
        const fixed = ws.applyFix(String(args.issue_code), Number(args.line_number));
        if (!fixed) return { success: false, message: NO_FIX_MESSAGE };
        return { success: true, message: `Fixed ${fixed.code} at line ${fixed.line}: ${fixed.fix!.title}` };
      },
      read_file: () => ({ content: shown(ws.code, endings), lines: countLines(ws.code) }),
    },
    providers: { ruff_config: () => ruffConfig },
  };
}
