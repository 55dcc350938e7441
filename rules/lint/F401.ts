import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { deleteStatement, statementOf } from '../../src/domains/lint/delete-statement.js';
import { silencedByNoqa } from '../../src/domains/lint/noqa.js';
import { removeImportNames } from '../../src/domains/lint/remove-import-names.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import { scopesOf, finalBindings, type Binding } from '../../src/domains/lint/scopes.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'unused-import',
  fixable: true,
  preview: false,
  description: 'A module or name is imported but never used.',
};

const IMPORT_KINDS = new Set(['import', 'submodule-import', 'from-import']);

/** ruff names the import by its full path: `os.path`, `typing.Any`, `.models.User`. */
function qualifiedName(b: Binding): string {
  const alias = b.node.parent?.type === 'aliased_import' ? b.node.parent : b.node;
  const name = (alias.type === 'aliased_import' ? alias.childForFieldName('name')! : alias).text.replace(/\s+/g, '');
  if (b.stmt.type !== 'import_from_statement') return name;
  const module = b.stmt.childForFieldName('module_name')!.text.replace(/\s+/g, '');
  return module.endsWith('.') ? module + name : `${module}.${name}`;
}

/** The import node of a binding: the `dotted_name` or `aliased_import` in the statement's list. */
const aliasNode = (b: Binding): SyntaxNode => (b.node.parent?.type === 'aliased_import' ? b.node.parent : b.node);

/** Inside `try:` with an `except ImportError` ruff suspects an availability check and offers no fix. */
function guardedByImportError(stmt: SyntaxNode): boolean {
  for (let n: SyntaxNode | null = stmt; n?.parent; n = n.parent) {
    const t = n.parent;
    if (t.type !== 'try_statement' || t.childForFieldName('body')?.id !== n.id) continue;
    const handlers = t.namedChildren.filter((c) => c?.type === 'except_clause');
    if (handlers.some((h) => /\b(ImportError|ModuleNotFoundError)\b/.test(h!.childForFieldName('value')?.text ?? ''))) return true;
  }
  return false;
}

function check(ctx: LintContext): LintFinding[] {
  const unused = scopesOf(ctx)
    .scopes.filter((s) => s.kind !== 'class') // ruff leaves imports in a class body alone
    .flatMap(finalBindings)
    .filter((b) => IMPORT_KINDS.has(b.kind) && !b.used && !b.exported && !b.outer)
    .filter((b) => !silencedByNoqa(ctx, ctx.position(b.node.startIndex).line, 'F401', b.stmt.startPosition.row + 1));
  // ruff fixes all unused names of one statement together.
  const byStatement = new Map<number, Binding[]>();
  for (const b of unused) byStatement.set(b.stmt.id, [...(byStatement.get(b.stmt.id) ?? []), b]);
  const out: LintFinding[] = unused.map((b) => {
    const { line, col } = ctx.position(b.node.startIndex);
    const name = qualifiedName(b);
    if (guardedByImportError(b.stmt)) {
      const message = `\`${name}\` imported but unused; consider using \`importlib.util.find_spec\` to test for availability`;
      return { code: 'F401', line, col, message, fixable: false, fix: null };
    }
    const group = byStatement.get(b.stmt.id)!;
    const all = b.stmt.childrenForFieldName('name').filter((n) => n !== null).length;
    const stmt = statementOf(b.stmt);
    const edit = group.length === all ? deleteStatement(ctx.code, stmt) : removeImportNames(ctx.code, b.stmt, group.map(aliasNode));
    const title = group.length > 1 ? 'Remove unused import' : `Remove unused import: \`${name}\``;
    // In an __init__.py the import may be a re-export: ruff's fix is unsafe there.
    return { code: 'F401', line, col, message: `\`${name}\` imported but unused`, fixable: !ctx.packageInit, fix: { title, edits: [edit] } };
  });
  return out.sort((a, b) => a.line - b.line || a.col - b.col);
}

const STDLIB = ['re', 'json', 'math', 'itertools', 'functools', 'collections', 'string', 'textwrap', 'random', 'shutil', 'tempfile', 'decimal', 'statistics', 'heapq', 'bisect', 'copy', 'pprint', 'operator', 'csv', 'uuid'];

/** `import <module>` after the last top-level import, for a stdlib module whose name the file never mentions. */
function inject(ctx: LintContext, _rng: Rng): Injection[] {
  const imports = ctx
    .captures(rule.query(['import']))
    .map((c) => c.node)
    .filter((n) => n.parent?.type === 'module');
  const last = imports[imports.length - 1];
  if (!last) return [];
  const mentioned = new Set(ctx.tree.rootNode.descendantsOfType('identifier').map((n) => n?.text));
  const at = ctx.lineStarts[last.endPosition.row] + ctx.lines[last.endPosition.row].length;
  if (ctx.code.slice(last.endIndex, at).includes(';')) return [];
  return STDLIB.filter((m) => !mentioned.has(m)).map((m) => ({ label: `unused import of ${m}`, edits: [{ start: at, end: at, text: `\nimport ${m}` }] }));
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
