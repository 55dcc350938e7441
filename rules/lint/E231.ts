import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { logicalLines, type Token } from '../../src/domains/lint/tokens.js';
import { keepExact } from '../../src/domains/lint/verify-injection.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'missing-whitespace',
  fixable: true,
  preview: true,
  description: 'No space after a `,`, `;` or `:` (slices, `(1,)` and f-string format specs excepted).',
};

const isOp = (t: Token | undefined, ...texts: string[]): boolean => t !== undefined && t.kind === 'op' && texts.includes(t.text);

/** The `[` that opens a PEP 695 type parameter list: `def f[T: int]()`, `class C[T: int]`. */
function typeParamsBracket(line: Token[]): Token | undefined {
  const code = line.filter((t) => t.kind !== 'comment');
  const at = code[0]?.kind === 'keyword' && code[0].text === 'async' ? 1 : 0;
  const head = code[at];
  if (head?.kind !== 'keyword' || (head.text !== 'def' && head.text !== 'class')) return undefined;
  return code[at + 1]?.kind === 'name' && isOp(code[at + 2], '[') ? code[at + 2] : undefined;
}

// ruff's missing_whitespace.rs, token by token over each logical line.
function checkLine(ctx: LintContext, line: Token[], out: LintFinding[]): void {
  let fstrings = 0;
  const brackets: Token[] = [];
  const typeParams = typeParamsBracket(line);
  line.forEach((token, i) => {
    if (token.kind === 'fstart') fstrings++;
    else if (token.kind === 'fend') fstrings = Math.max(0, fstrings - 1);
    if (token.kind !== 'op') return;
    if (fstrings === 0 && (token.text === '[' || token.text === '{')) brackets.push(token);
    else if (fstrings === 0 && (token.text === ']' || token.text === '}')) brackets.pop();
    if (token.text === ':' && fstrings > 0) return; // format specs and the like
    if (token.text !== ',' && token.text !== ';' && token.text !== ':') return;
    const after = ctx.code[token.end];
    if (after === undefined || /\s/.test(after) || after === '\\') return;
    const next = line[i + 1];
    if (next) {
      const top = brackets[brackets.length - 1];
      const inTypeParams = brackets.length === 1 && top === typeParams;
      if (token.text === ':' && isOp(top, '[') && !inTypeParams) return; // slice
      if (token.text === ',' && isOp(next, ')', ']')) return; // (3,)
      if (token.text === ':' && isOp(next, '=')) return;
    }
    const { line: l, col } = ctx.position(token.start);
    out.push({
      code: 'E231',
      line: l,
      col,
      message: `Missing whitespace after \`${token.text}\``,
      fixable: true,
      fix: { title: 'Add missing whitespace', edits: [{ start: token.end, end: token.end, text: ' ' }] },
    });
  });
}

function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const line of logicalLines(ctx)) checkLine(ctx, line, out);
  return withoutSuppressed(ctx, out);
}

/** Removes the space after a comma in a call, definition or literal, or after a dict key's `:`. */
function inject(ctx: LintContext): Injection[] {
  const query = rule.query(['punct']);
  const out: Injection[] = [];
  for (const { node } of ctx.captures(query)) {
    const next = node.nextSibling;
    if (!next || next.type === 'comment') continue;
    if (!/^ +$/.test(ctx.code.slice(node.endIndex, next.startIndex))) continue;
    out.push({
      label: `no space after \`${node.text}\` on line ${ctx.position(node.startIndex).line}`,
      edits: [{ start: node.endIndex, end: next.startIndex, text: '' }],
    });
  }
  return keepExact(ctx, out, check);
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
