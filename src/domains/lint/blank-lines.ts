import { withoutSuppressed } from './noqa.js';
import type { LintContext, LintFinding, TextEdit } from './rule.js';
import { logicalLines, type Token } from './tokens.js';

/** E302, E303 and E305 are decided by one pass of ruff (blank_lines.rs); this is that pass. */
export type BlankLinesCode = 'E302' | 'E303' | 'E305';

type Kind = 'class' | 'decorator' | 'function' | 'comment' | 'import' | 'from' | 'other';
type Follows = 'other' | 'decorator' | 'def' | 'dummy-def' | 'import' | 'from' | 'docstring';

interface LineInfo {
  kind: Kind;
  first: Token;
  last: Token | undefined; // last token that is not a comment
  end: number; // after the newline that ends the line
  commentOnly: boolean;
  docstring: boolean;
  indent: number;
  blank: { count: number; start: number; end: number };
  preceding: number; // most blank lines since the previous non-comment line
}

/** The line breaks (`\n` or `\r\n`) within code[from, to). */
function lineBreaks(code: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = code.indexOf('\n', from); i >= 0 && i < to; i = code.indexOf('\n', i + 1)) {
    out.push({ start: i > from && code.charCodeAt(i - 1) === 13 ? i - 1 : i, end: i + 1 });
  }
  return out;
}

function kindOf(tokens: Token[]): Kind {
  const [a, b] = tokens;
  if (a.kind === 'comment') return 'comment';
  if (a.kind === 'op' && a.text === '@') return 'decorator';
  if (a.kind !== 'keyword') return 'other';
  if (a.text === 'async' && b?.kind === 'keyword' && b.text === 'def') return 'function';
  return ({ class: 'class', def: 'function', import: 'import', from: 'from' } as Record<string, Kind>)[a.text] ?? 'other';
}

function indentOf(ctx: LintContext, offset: number): number {
  const { line } = ctx.position(offset);
  let width = 0;
  for (const ch of ctx.code.slice(ctx.lineStarts[line - 1], offset)) width = ch === '\t' ? (Math.floor(width / 8) + 1) * 8 : width + 1;
  return width;
}

function lineInfos(ctx: LintContext): LineInfo[] {
  return ctx.memo('blank-line-infos', () => computeLineInfos(ctx));
}

function computeLineInfos(ctx: LintContext): LineInfo[] {
  const out: LineInfo[] = [];
  let prevEnd = 0; // end of the previous line's last token
  let maxPreceding = 0;
  for (const tokens of logicalLines(ctx)) {
    const first = tokens[0];
    const breaks = lineBreaks(ctx.code, prevEnd, first.start);
    const blanks = out.length === 0 ? breaks : breaks.slice(1); // the first break ends the previous line
    const blank = { count: blanks.length, start: blanks[0]?.start ?? 0, end: blanks[blanks.length - 1]?.end ?? 0 };
    const code = tokens.filter((t) => t.kind !== 'comment');
    const lastToken = tokens[tokens.length - 1];
    const nl = ctx.code.indexOf('\n', lastToken.end);
    maxPreceding = Math.max(maxPreceding, blank.count);
    const info: LineInfo = {
      kind: kindOf(tokens),
      first,
      last: code[code.length - 1],
      end: nl >= 0 ? nl + 1 : ctx.code.length,
      commentOnly: code.length === 0,
      docstring: code.length > 0 && code.every((t) => t.kind === 'string'),
      indent: indentOf(ctx, first.start),
      blank,
      preceding: maxPreceding,
    };
    if (!info.commentOnly) maxPreceding = 0;
    out.push(info);
    prevEnd = lastToken.end;
  }
  return out;
}

const isDefinition = (k: Kind): boolean => k === 'class' || k === 'function' || k === 'decorator';

const MESSAGES = {
  E302: (found: number) => `Expected 2 blank lines, found ${found}`,
  E303: (found: number) => `Too many blank lines (${found})`,
  E305: (found: number) => `Expected 2 blank lines after class or function definition, found (${found})`,
};

/** Every E302/E303/E305 finding of the file, in source order (noqa comments honoured). */
export function blankLineFindings(ctx: LintContext, code: BlankLinesCode): LintFinding[] {
  const out: LintFinding[] = [];
  const report = (c: BlankLinesCode, line: LineInfo, found: number, title: string, edit: TextEdit): void => {
    if (c !== code) return;
    const { line: l, col } = ctx.position(line.first.start);
    out.push({ code: c, line: l, col, message: MESSAGES[c](found), fixable: true, fix: { title, edits: [edit] } });
  };
  const lineStart = (offset: number): number => ctx.lineStarts[ctx.position(offset).line - 1];
  let follows: Follows = 'other';
  let notFirst = false;
  let lastNonCommentEnd = 0;
  let previousUnindented: Kind | undefined;
  let prevIndent: number | undefined;
  let prev: LineInfo | undefined;
  for (const line of lineInfos(ctx)) {
    if (prevIndent !== undefined && prevIndent > line.indent) follows = 'other';
    if (prev?.commentOnly && prev.indent !== line.indent) lastNonCommentEnd = prev.end;

    const expected = line.indent === 0 ? 2 : 1;
    const anyDef = follows === 'def' || follows === 'dummy-def';
    const endsWithColon = line.last?.kind === 'op' && line.last.text === ':';
    // A fix either replaces the blank lines right above, or inserts below the last code line.
    const addBlank = (want: number): TextEdit =>
      line.blank.count > 0 ? { start: line.blank.start, end: line.blank.end, text: '\n'.repeat(want) } : { start: lineStart(lastNonCommentEnd), end: lineStart(lastNonCommentEnd), text: '\n'.repeat(want - line.preceding) };
    if (
      line.preceding < expected &&
      follows !== 'decorator' &&
      !(anyDef && !endsWithColon) &&
      !(follows === 'dummy-def' && line.preceding === 0) &&
      line.indent === 0 &&
      isDefinition(line.kind) &&
      notFirst
    ) {
      report('E302', line, line.preceding, 'Add missing blank line(s)', addBlank(expected));
    }
    if (line.blank.count > expected) {
      report('E303', line, line.blank.count, 'Remove extraneous blank line(s)', { start: line.blank.start, end: line.blank.end, text: '\n'.repeat(expected) });
    }
    if (line.preceding < 2 && previousUnindented !== undefined && isDefinition(previousUnindented) && line.indent === 0 && !line.commentOnly && !isDefinition(line.kind)) {
      report('E305', line, line.preceding, 'Add missing blank line(s)', addBlank(2));
    }

    if (line.kind === 'class') follows = 'other';
    else if (line.kind === 'decorator') follows = 'decorator';
    else if (line.kind === 'function') follows = line.last?.kind === 'op' && line.last.text === '...' ? 'dummy-def' : 'def';
    else if (line.kind === 'import') follows = 'import';
    else if (line.kind === 'from') follows = 'from';
    else if (line.kind === 'other') follows = 'other';
    if (line.docstring) follows = 'docstring';
    if (!line.commentOnly) {
      notFirst = true;
      lastNonCommentEnd = line.end;
      if (line.indent === 0) previousUnindented = line.kind;
      prevIndent = line.indent;
    }
    prev = line;
  }
  return withoutSuppressed(ctx, out);
}

/** How many empty lines sit directly above row (0-based), for injections that add or take one. */
export function emptyRowsAbove(ctx: LintContext, row: number): number {
  let n = 0;
  while (row - n - 1 >= 0 && ctx.lines[row - n - 1] === '') n++;
  return n;
}
