import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { containsEffect } from '../../src/domains/lint/contains-effect.js';
import { deleteStatement, statementOf } from '../../src/domains/lint/delete-statement.js';
import { silencedByNoqa } from '../../src/domains/lint/noqa.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta, type TextEdit } from '../../src/domains/lint/rule.js';
import { scopesOf, DUMMY_VARIABLE, type Binding } from '../../src/domains/lint/scopes.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'unused-variable',
  fixable: false,
  preview: false,
  description: 'A local variable is assigned to but never used.',
};

const LOCAL_KINDS = new Set(['assignment', 'named-expr', 'with-item']);
const SPECIAL = new Set(['__tracebackhide__', '__traceback_info__', '__traceback_supplement__', '__debuggerskip__']);

/** The first child after `node` among its siblings that is not a comment. */
function nextAfter(node: SyntaxNode, token: string): SyntaxNode | null {
  let seen = false;
  for (const c of node.parent?.children ?? []) {
    if (!c) continue;
    if (seen && c.type !== 'comment') return c;
    if (c.startIndex >= node.endIndex && c.type === token) seen = true;
  }
  return null;
}

/** ruff's remove_unused_variable, for the statement shapes it knows; null where it has no fix. */
function fixFor(code: string, b: Binding): TextEdit | null {
  if (b.kind === 'except') {
    const value = b.stmt.childForFieldName('value')!;
    return { start: value.namedChildren[0]!.endIndex, end: b.node.endIndex, text: '' };
  }
  if (b.kind === 'with-item') {
    const pattern = b.node.parent!.parent!; // identifier < as_pattern_target < as_pattern
    const end = pattern.endIndex + /^[ \t]*/.exec(code.slice(pattern.endIndex))![0].length;
    return { start: pattern.namedChildren[0]!.endIndex, end, text: '' };
  }
  if (b.kind !== 'assignment' || b.stmt.type !== 'expression_statement') return null;
  if (b.inTuple) return { start: b.node.startIndex, end: b.node.endIndex, text: `_${b.name}` };
  const top = b.stmt.namedChildren[0];
  if (top?.type !== 'assignment') return null; // augmented assignment: ruff has no fix
  let value: SyntaxNode = top;
  let targets = 0;
  while (value.type === 'assignment' && value.childForFieldName('right')) {
    targets++;
    value = value.childForFieldName('right')!;
  }
  if (value.type === 'assignment') return null;
  const assignment = b.node.parent!;
  if (targets > 1 || containsEffect(value)) {
    // Keep the value (it may do something): drop `x = ` (or `x: T = `) up to what follows `=`.
    const start = top.childForFieldName('type') ? top.startIndex : b.node.startIndex;
    const after = nextAfter(assignment.childForFieldName('type') ?? b.node, '=');
    return after ? { start, end: after.startIndex, text: '' } : null;
  }
  return deleteStatement(code, statementOf(b.stmt));
}

function check(ctx: LintContext): LintFinding[] {
  const analysis = scopesOf(ctx);
  const locals = analysis.scopes
    .filter((s) => s.kind === 'function' && !s.usesLocals)
    .flatMap((s) => [...s.bindings.values()])
    .filter((b) => LOCAL_KINDS.has(b.kind) && !b.used && !b.outer && !b.unpacked);
  const out: LintFinding[] = [];
  for (const b of [...locals, ...analysis.unusedExceptBindings]) {
    if (DUMMY_VARIABLE.test(b.name) || SPECIAL.has(b.name)) continue;
    const { line, col } = ctx.position(b.node.startIndex);
    if (silencedByNoqa(ctx, line, 'F841')) continue;
    const edit = fixFor(ctx.code, b);
    const title = `Remove assignment to unused variable \`${b.name}\``;
    // ruff's fix is unsafe (the assignment may be kept for its side effects or for a debugger),
    // except for `except E as exc`: dropping ` as exc` changes nothing the code can see.
    const fixable = b.kind === 'except' && edit !== null;
    out.push({ code: 'F841', line, col, message: `Local variable \`${b.name}\` is assigned to but never used`, fixable, fix: edit && { title, edits: [edit] } });
  }
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

const DEFINITIONS = new Set(['function_definition', 'class_definition', 'decorated_definition']);
const NAMES = ['unused_result', 'temp_value', 'old_total', 'debug_info', 'previous', 'cached'];
const VALUES = ['None', '0', '[]', '{}', '""', 'False'];

/** Writes `name = literal` as the first statement of a function body (after its docstring). */
function inject(ctx: LintContext, rng: Rng): Injection[] {
  const mentioned = new Set(ctx.tree.rootNode.descendantsOfType('identifier').map((n) => n?.text));
  const out: Injection[] = [];
  const bodies = ctx.captures(rule.query(['body'])).map((c) => c.node);
  for (const body of bodies) {
    if (body.text.includes('locals()')) continue;
    const stmts = body.namedChildren.filter((c): c is NonNullable<typeof c> => c !== null && c.type !== 'comment');
    const first = stmts[0]?.type === 'expression_statement' && stmts[0].namedChildren[0]?.type === 'string' ? stmts[1] : stmts[0];
    if (!first || first.startPosition.row === body.parent!.startPosition.row) continue;
    if (DEFINITIONS.has(first.type)) continue; // a nested def right after it would need a blank line (E306)
    const lineStart = ctx.lineStarts[first.startPosition.row];
    const indent = ctx.code.slice(lineStart, first.startIndex);
    if (indent.trim() !== '') continue;
    const name = NAMES.find((n) => !mentioned.has(n));
    if (!name) continue;
    const value = VALUES[Math.floor(rng() * VALUES.length)];
    out.push({ label: `unused local ${name} in line ${first.startPosition.row + 1}`, edits: [{ start: lineStart, end: lineStart, text: `${indent}${name} = ${value}\n` }] });
  }
  return out;
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
