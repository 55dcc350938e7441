import type { FlatTree } from '../../parse/flat-tree.js';
import type { SyntaxNode } from '../../parse/syntax-node.js';
import type { LintContext } from './rule.js';

/**
 * The token kinds ruff's pycodestyle rules tell apart. tree-sitter has no token stream, but its
 * leaves are the tokens; an f-string is split the way ruff's lexer splits it (start, middle,
 * replacement-field tokens, end) while any other string stays one token.
 */
export type TokenKind = 'op' | 'keyword' | 'name' | 'number' | 'string' | 'fstart' | 'fmiddle' | 'fend' | 'comment';

export interface Token {
  kind: TokenKind;
  /** The operator or keyword itself (for other kinds, the source text). */
  text: string;
  /** UTF-16 offsets into the file text. */
  start: number;
  end: number;
}

const NAMED_KEYWORDS = new Set(['true', 'false', 'none']);
const NAMED_NUMBERS = new Set(['integer', 'float']);

function isFString(node: SyntaxNode): boolean {
  const start = node.firstChild;
  return start !== null && start.type === 'string_start' && /[fFtT]/.test(start.text);
}

function push(out: Token[], kind: TokenKind, node: SyntaxNode, text = node.text): void {
  out.push({ kind, text, start: node.startIndex, end: node.endIndex });
}

/** A format spec's literal text is not a node of its own; ruff lexes it as FStringMiddle. */
function collectFormatSpec(node: SyntaxNode, out: Token[]): void {
  let at = node.startIndex;
  for (const child of node.children) {
    if (!child) continue;
    if (child.startIndex > at) out.push({ kind: 'fmiddle', text: '', start: at, end: child.startIndex });
    collect(child, out);
    at = child.endIndex;
  }
  if (node.endIndex > at) out.push({ kind: 'fmiddle', text: '', start: at, end: node.endIndex });
}

function collectFString(node: SyntaxNode, out: Token[]): void {
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === 'string_start') push(out, 'fstart', child);
    else if (child.type === 'string_end') push(out, 'fend', child);
    else if (child.type === 'string_content') push(out, 'fmiddle', child);
    else collect(child, out);
  }
}

function collect(node: SyntaxNode, out: Token[]): void {
  if (node.isMissing) return;
  switch (node.type) {
    case 'comment':
      push(out, 'comment', node);
      return;
    case 'line_continuation':
      return; // a backslash-newline is whitespace between tokens, as in ruff's lexer
    case 'string':
      if (isFString(node)) collectFString(node, out);
      else push(out, 'string', node);
      return;
    case 'format_specifier':
      collectFormatSpec(node, out);
      return;
    case 'type_conversion':
      out.push({ kind: 'op', text: '!', start: node.startIndex, end: node.startIndex + 1 });
      out.push({ kind: 'name', text: node.text.slice(1), start: node.startIndex + 1, end: node.endIndex });
      return;
  }
  if (node.childCount > 0) {
    for (const child of node.children) if (child) collect(child, out);
    return;
  }
  const token = leafToken(node.type, node.isNamed, node.startIndex, node.endIndex, node.text);
  if (token) out.push(token);
}

/** A leaf's token: what `collect` pushes for a node without children. */
function leafToken(type: string, named: boolean, start: number, end: number, text: string): Token | null {
  if (named) {
    if (NAMED_KEYWORDS.has(type)) return { kind: 'keyword', text, start, end };
    if (NAMED_NUMBERS.has(type)) return { kind: 'number', text, start, end };
    if (type === 'ellipsis') return { kind: 'op', text, start, end };
    return { kind: 'name', text, start, end };
  }
  if (end > start) return { kind: /^[A-Za-z_]+$/.test(type) ? 'keyword' : 'op', text, start, end };
  return null;
}

// These subtrees need their node's children in hand; everything else is walked by cursor.
const BY_NODE = ['comment', 'line_continuation', 'string', 'format_specifier', 'type_conversion'];

/**
 * The whole file's tokens, read from the flat tree in document order (node i's subtree is
 * i + 1 up to after[i]); only the few subtrees above go through `collect`.
 */
function collectFile(flat: FlatTree): Token[] {
  const byNode = flat.typeIdTable(BY_NODE);
  const out: Token[] = [];
  for (let i = 0; i < flat.size; ) {
    if (flat.isMissing(i)) {
      i = flat.after[i]; // skipped, as in collect()
      continue;
    }
    if (byNode[flat.typeId[i]] === 1) {
      collect(flat.node(i), out);
      i = flat.after[i];
    } else if (flat.firstChild[i] >= 0) {
      i++;
    } else {
      const token = leafToken(flat.typeName(i), flat.isNamed(i), flat.start[i], flat.end[i], flat.code.slice(flat.start[i], flat.end[i]));
      if (token) out.push(token);
      i++;
    }
  }
  return out;
}

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/** A line break outside brackets that no backslash continues ends a logical line. */
function endsLogicalLine(gap: string): boolean {
  for (let i = gap.indexOf('\n'); i >= 0; i = gap.indexOf('\n', i + 1)) {
    const before = gap[i - 1] === '\r' ? gap[i - 2] : gap[i - 1];
    if (before !== '\\') return true;
  }
  return false;
}

/**
 * The file as ruff's logical lines: each statement line (with its trailing comment) and each
 * comment-only line is one list of tokens, in source order.
 */
export function logicalLines(ctx: LintContext): Token[][] {
  return ctx.memo('logical-lines', () => computeLogicalLines(ctx));
}

function computeLogicalLines(ctx: LintContext): Token[][] {
  const tokens = collectFile(ctx.flat);
  // Document order already, but for the pieces an f-string's format spec is cut into.
  let sorted = true;
  for (let k = 1; k < tokens.length && sorted; k++) sorted = tokens[k - 1].start <= tokens[k].start;
  if (!sorted) tokens.sort((a, b) => a.start - b.start);
  const code = ctx.code;
  const lines: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  // The first line break at or after the previous token's end: most gaps hold none.
  let nl = code.indexOf('\n');
  for (const token of tokens) {
    const prev = current[current.length - 1];
    if (prev && nl >= 0 && nl < prev.end) nl = code.indexOf('\n', prev.end);
    if (prev && depth === 0 && nl >= 0 && nl < token.start && endsLogicalLine(code.slice(prev.end, token.start))) {
      lines.push(current);
      current = [];
    }
    current.push(token);
    if (token.kind === 'op' && OPENERS.has(token.text)) depth++;
    else if (token.kind === 'op' && CLOSERS.has(token.text)) depth = Math.max(0, depth - 1);
  }
  if (current.length) lines.push(current);
  return lines;
}
