import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { charWidth, displayWidth } from '../../src/domains/lint/char-width.js';
import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { type Rng, pick } from '../../src/generate/rng.js';
import { keepExact } from '../../src/domains/lint/verify-injection.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'line-too-long',
  fixable: false,
  preview: false,
  description: 'A line wider than 88 columns (ruff has no fix: the model must report it).',
};

const LIMIT = 88;
const query = () => rule.query(['comment', 'string']);

/** `# type: ignore`, `# noqa`, `# nosec`, `# pyright: ...` and the like (ruff's is_pragma_comment). */
function isPragma(comment: string): boolean {
  if (!comment.startsWith('#')) return false;
  const body = comment.slice(1).trimStart();
  if (/noqa|nosec/i.test(body)) return true;
  return body.split('#').some((part) => {
    const colon = part.trim().indexOf(':');
    return colon >= 0 && ['isort', 'type', 'pyright', 'pylint', 'flake8', 'ruff'].includes(part.trim().slice(0, colon));
  });
}

function commentsByRow(ctx: LintContext): Map<number, SyntaxNode[]> {
  const rows = new Map<number, SyntaxNode[]>();
  for (const { name, node } of ctx.captures(query())) {
    if (name !== 'comment') continue;
    const row = node.startPosition.row;
    rows.set(row, [...(rows.get(row) ?? []), node]);
  }
  return rows;
}

// ruff's Overlong::try_from_line: measure, strip a trailing pragma comment, spare lines that cannot
// be shortened (one word, a URL that starts within the limit, an SPDX header).
function overlong(ctx: LintContext, row: number, comments: SyntaxNode[] | undefined): LintFinding | null {
  let text = ctx.lines[row];
  let width = displayWidth(text);
  if (width <= LIMIT) return null;
  if (comments?.length === 1 && (isPragma(comments[0].text) || comments[0].text.slice(1).split('#').slice(1).some((p) => isPragma(`#${p.trim()}`)))) {
    text = text.slice(0, comments[0].startIndex - ctx.lineStarts[row]).trimEnd();
    width = displayWidth(text);
    if (width <= LIMIT) return null;
  }
  const chunks = text.split(/\s+/).filter((c) => c !== '');
  if (chunks.length < 2) return null;
  const last = chunks[chunks.length - 1];
  if (last.includes('://') && width - displayWidth(last) <= LIMIT) return null;
  if (chunks[0] === '#' && (chunks[1] === 'SPDX-License-Identifier:' || chunks[1] === 'SPDX-FileCopyrightText:')) return null;
  let chars = 0;
  let w = 0;
  for (const ch of text) {
    if (w >= LIMIT) break;
    w += charWidth(ch, w);
    chars++;
  }
  return { code: 'E501', line: row + 1, col: chars + 1, message: `Line too long (${width} > ${LIMIT})`, fixable: false, fix: null };
}

function check(ctx: LintContext): LintFinding[] {
  const comments = commentsByRow(ctx);
  const out: LintFinding[] = [];
  ctx.lines.forEach((_, row) => {
    const f = overlong(ctx, row, comments.get(row));
    if (f) out.push(f);
  });
  return withoutSuppressed(ctx, out);
}

const WORDS = ['and', 'the', 'value', 'is', 'checked', 'again', 'before', 'it', 'is', 'used', 'here', 'later', 'for', 'each', 'item'];

/** Words that take a line of width `from` past the limit, by a few to a dozen columns. */
function filler(rng: Rng, from: number): string {
  const target = LIMIT + 1 + Math.floor(rng() * 12);
  let text = '';
  while (from + text.length < target) text += ` ${pick(rng, WORDS)}`;
  return text;
}

/** Lengthens a (non-pragma) comment or a one-line plain string literal with words, past 88 columns. */
function inject(ctx: LintContext, rng: Rng): Injection[] {
  const out: Injection[] = [];
  for (const { name, node } of ctx.captures(query())) {
    const row = node.startPosition.row;
    if (node.endPosition.row !== row) continue;
    const lineEnd = ctx.lineStarts[row] + ctx.lines[row].length;
    if (name === 'comment') {
      if (isPragma(node.text) || node.endIndex !== lineEnd || node.text.includes('://')) continue;
      const words = filler(rng, displayWidth(ctx.lines[row]));
      out.push({ label: `long comment on line ${row + 1}`, edits: [{ start: node.endIndex, end: node.endIndex, text: words }] });
    } else {
      const end = node.lastChild;
      if (!end || end.type !== 'string_end' || /[fFtTbB]/.test(node.firstChild?.text ?? '') || node.text.includes('://')) continue;
      const words = filler(rng, displayWidth(ctx.lines[row]));
      out.push({ label: `long string on line ${row + 1}`, edits: [{ start: end.startIndex, end: end.startIndex, text: words }] });
    }
  }
  return keepExact(ctx, out, check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
