import { withoutSuppressed } from './noqa.js';
import type { LintContext, LintFinding } from './rule.js';
import { logicalLines, type Token } from './tokens.js';

/** E225-E228 are one ruff check that names the finding by the operator's family. */
export type OperatorCode = 'E225' | 'E226' | 'E227' | 'E228';

const MESSAGES: Record<OperatorCode, string> = {
  E225: 'Missing whitespace around operator',
  E226: 'Missing whitespace around arithmetic operator',
  E227: 'Missing whitespace around bitwise or shift operator',
  E228: 'Missing whitespace around modulo operator',
};

const ARITHMETIC = new Set(['+', '-', '*', '/', '//', '%', '**', '@']);
const BITWISE_OR_SHIFT = new Set(['&', '|', '^', '~', '<<', '>>', '&=', '|=', '^=', '<<=', '>>=']);
// Tokens ruff always wants spaced (besides arithmetic and bitwise ones); `@=` is not among them.
const NEEDS_SPACE = new Set([
  '**=', '*=', '/=', '//=', '+=', '-=', '!=', '<', '>', '%=', '^=', '&=', '|=', '==', '<=', '>=', '<<=', '>>=',
  '=', 'and', 'or', 'in', 'is', '->', ':=', '/', '%',
]);
const CLOSING = new Set([')', ']', '}']);

function codeFor(op: string): OperatorCode {
  if (op === '%') return 'E228';
  if (BITWISE_OR_SHIFT.has(op)) return 'E227';
  if (ARITHMETIC.has(op)) return 'E226';
  return 'E225';
}

const isOp = (t: Token | undefined, ...texts: string[]): boolean => t !== undefined && t.kind === 'op' && texts.includes(t.text);

type Need = 'yes' | 'no' | 'optional';

/** ruff's decision for one token (missing_whitespace_around_operator.rs). */
function need(token: Token, prev: Token, next: Token | undefined, parens: number, fstrings: number): Need {
  const { kind, text } = token;
  if (kind !== 'op' && kind !== 'keyword') return 'no';
  if (text === '=' && kind === 'op' && (parens > 0 || fstrings > 0)) return 'no'; // keyword args, defaults, f'{x=}'
  if (text === '/' && kind === 'op') return isOp(next, ',', ')', ':') ? 'no' : 'yes'; // def f(a, /)
  if (kind === 'op' && ['+', '-', '*', '**'].includes(text)) {
    // Unary after an operator or keyword (-1, f(*a), return -x); binary after a value or a closing bracket.
    const binary = isOp(prev, ...CLOSING) || !(prev.kind === 'op' || prev.kind === 'keyword');
    if (!binary) return 'no';
    return text === '**' ? 'optional' : 'yes';
  }
  if (next && next.kind === 'op' && CLOSING.has(next.text)) return 'no';
  if (kind === 'keyword' ? ['and', 'or', 'in', 'is'].includes(text) : NEEDS_SPACE.has(text) || ARITHMETIC.has(text) || (BITWISE_OR_SHIFT.has(text) && text !== '~')) return 'yes';
  return 'no';
}

function checkLine(ctx: LintContext, line: Token[], out: LintFinding[]): void {
  const first = line.findIndex((t) => t.kind !== 'comment');
  if (first < 0) return;
  let prev = line[first];
  let parens = isOp(prev, '(') || (prev.kind === 'keyword' && prev.text === 'lambda') ? 1 : 0;
  let fstrings = prev.kind === 'fstart' ? 1 : 0;
  for (let i = first + 1; i < line.length; i++) {
    const token = line[i];
    if (token.kind === 'comment') continue;
    if (token.kind === 'fstart') fstrings++;
    else if (token.kind === 'fend') fstrings = Math.max(0, fstrings - 1);
    else if (isOp(token, '(') || (token.kind === 'keyword' && token.text === 'lambda')) parens++;
    else if (isOp(token, ')')) parens = Math.max(0, parens - 1);
    const next = line[i + 1];
    const needs = need(token, prev, next, parens, fstrings);
    if (needs !== 'no') {
      const leading = prev.end < token.start;
      const trailing = !next || token.end < next.start || next.kind === 'comment';
      const edits = !leading && trailing ? [token.start] : leading && !trailing ? [token.end] : !leading && !trailing && needs === 'yes' ? [token.start, token.end] : [];
      if (edits.length) {
        const code = codeFor(token.text);
        const { line: l, col } = ctx.position(token.start);
        out.push({
          code,
          line: l,
          col,
          message: MESSAGES[code],
          fixable: true,
          fix: { title: 'Add missing whitespace', edits: edits.map((at) => ({ start: at, end: at, text: ' ' })) },
        });
      }
    }
    prev = token;
  }
}

/** Every E225-E228 finding of the file, in source order, before noqa comments are applied. */
export function operatorSpacing(ctx: LintContext): LintFinding[] {
  return ctx.memo('operator-spacing', () => computeOperatorSpacing(ctx));
}

function computeOperatorSpacing(ctx: LintContext): LintFinding[] {
  const found: LintFinding[] = [];
  for (const line of logicalLines(ctx)) checkLine(ctx, line, found);
  return found;
}

/** The findings of one of the four codes. */
export function operatorSpacingFindings(ctx: LintContext, code: OperatorCode): LintFinding[] {
  return withoutSuppressed(
    ctx,
    operatorSpacing(ctx).filter((f) => f.code === code),
  ).map((f) => ({ ...f, fix: f.fix && { ...f.fix, edits: f.fix.edits.map((e) => ({ ...e })) } }));
}
