import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { inMultiStatementLine, lineStartOf } from '../../src/domains/lint/statement-line.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'multiple-imports-on-one-line',
  fixable: true,
  preview: false,
  description: 'Several modules imported by one `import` statement.',
};

function imports(ctx: LintContext): SyntaxNode[] {
  return ctx.captures(rule.query(['import'])).map((c) => c.node);
}

const aliasesOf = (stmt: SyntaxNode): SyntaxNode[] => stmt.childrenForFieldName('name').filter((n): n is SyntaxNode => n !== null);

/** ruff prints each alias afresh: the dotted name without inner spaces, then ` as name`. */
function aliasText(alias: SyntaxNode): string {
  const dotted = (n: SyntaxNode) => n.namedChildren.filter((c): c is SyntaxNode => c?.type === 'identifier').map((c) => c.text).join('.');
  if (alias.type !== 'aliased_import') return dotted(alias);
  return `${dotted(alias.childForFieldName('name')!)} as ${alias.childForFieldName('alias')!.text}`;
}

function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const stmt of imports(ctx)) {
    const aliases = aliasesOf(stmt);
    if (aliases.length < 2) continue;
    const lines = aliases.map((a) => `import ${aliasText(a)}`);
    const { line, col } = ctx.position(stmt.startIndex);
    // On a line shared with other statements ruff keeps one line and joins with `;`.
    const shared = inMultiStatementLine(ctx.code, stmt);
    const lineStart = lineStartOf(ctx.code, stmt.startIndex);
    const indent = ctx.code.slice(lineStart, stmt.startIndex);
    const edit = shared
      ? { start: stmt.startIndex, end: stmt.endIndex, text: lines.join('; ') }
      : { start: lineStart, end: stmt.endIndex, text: lines.map((l) => indent + l).join('\n') };
    out.push({ code: 'E401', line, col, message: 'Multiple imports on one line', fixable: true, fix: { title: 'Split imports', edits: [edit] } });
  }
  return withoutSuppressed(ctx, out);
}

/** Joins a plain `import a` with the `import b` right below it: `import a, b`. */
function inject(ctx: LintContext, _rng: Rng): Injection[] {
  const out: Injection[] = [];
  for (const stmt of imports(ctx)) {
    const next = stmt.nextNamedSibling;
    if (!next || next.type !== 'import_statement' || next.startPosition.row !== stmt.endPosition.row + 1) continue;
    if (inMultiStatementLine(ctx.code, stmt) || inMultiStatementLine(ctx.code, next)) continue;
    if (ctx.lines[stmt.endPosition.row].slice(stmt.endPosition.column).trim() !== '') continue; // a comment would be lost
    if (aliasesOf(stmt).length > 1 || aliasesOf(next).length > 1) continue; // already E401: no new finding
    const joined = aliasesOf(next).map((a) => a.text).join(', ');
    const line = ctx.code.slice(ctx.lineStarts[stmt.startPosition.row], stmt.endIndex) + `, ${joined}` + ctx.lines[next.endPosition.row].slice(next.endPosition.column);
    if (line.length > 88 || /[^\x00-\x7f]/.test(line)) continue; // E501's finding, not ours
    out.push({
      label: `imports on lines ${stmt.startPosition.row + 1}-${next.startPosition.row + 1} joined into one statement`,
      edits: [{ start: stmt.endIndex, end: next.endIndex, text: `, ${joined}` }],
    });
  }
  return out;
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
