import type { SyntaxNode } from '../../src/parse/syntax-node.js';
import { withoutSuppressed } from '../../src/domains/lint/noqa.js';
import { defineLintRule, type Injection, type LintContext, type LintFinding, type LintRuleMeta } from '../../src/domains/lint/rule.js';
import type { Rng } from '../../src/generate/rng.js';

const meta: Omit<LintRuleMeta, 'code'> = {
  name: 'f-string-missing-placeholders',
  fixable: true,
  preview: false,
  description: 'An f-string with no placeholders: the f prefix does nothing.',
};

function strings(ctx: LintContext): SyntaxNode[] {
  return ctx.captures(rule.query(['string'])).map((c) => c.node);
}

function prefixOf(s: SyntaxNode): string {
  const start = s.children.find((c) => c?.type === 'string_start');
  return start ? start.text.replace(/['"]+$/, '') : '';
}

const isFString = (s: SyntaxNode): boolean => /f/i.test(prefixOf(s));
const hasPlaceholder = (s: SyntaxNode): boolean => s.namedChildren.some((c) => c?.type === 'interpolation');

/** Implicitly concatenated parts are one f-string to ruff: a placeholder in any part clears them all. */
function partsOf(s: SyntaxNode): SyntaxNode[] {
  const parent = s.parent;
  if (parent?.type !== 'concatenated_string') return [s];
  return parent.namedChildren.filter((c): c is SyntaxNode => c?.type === 'string');
}

function check(ctx: LintContext): LintFinding[] {
  const out: LintFinding[] = [];
  for (const s of strings(ctx)) {
    if (!isFString(s) || partsOf(s).some((p) => isFString(p) && hasPlaceholder(p))) continue;
    const { line, col } = ctx.position(s.startIndex);
    const fAt = s.startIndex + prefixOf(s).search(/f/i);
    // Without placeholders every brace in the body is a doubled literal one.
    const text = s.text.slice(fAt + 1 - s.startIndex).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
    out.push({
      code: 'F541',
      line,
      col,
      message: 'f-string without any placeholders',
      fixable: true,
      fix: { title: 'Remove extraneous `f` prefix', edits: [{ start: fAt, end: s.endIndex, text }] },
    });
  }
  return withoutSuppressed(ctx, out);
}

/** Strings whose value matters to something other than the reader: `__all__` entries, annotations. */
function valueMatters(s: SyntaxNode): boolean {
  for (let n = s.parent; n; n = n.parent) {
    if (n.type === 'interpolation' || n.type === 'type') return true;
    if ((n.type === 'assignment' || n.type === 'augmented_assignment') && n.childForFieldName('left')?.text === '__all__') return true;
  }
  return false;
}

const LINE_LIMIT = 88;

const isDocstring = (s: SyntaxNode): boolean => s.parent?.type === 'expression_statement' && s.parent.namedChildCount === 1;

/** Writes an `f` before a plain string literal that has no braces (so it stays placeholder-free). */
function inject(ctx: LintContext, _rng: Rng): Injection[] {
  const out: Injection[] = [];
  for (const s of strings(ctx)) {
    const prefix = prefixOf(s);
    if (!/^r?$/i.test(prefix) || /[{}]/.test(s.text) || isDocstring(s) || valueMatters(s)) continue;
    if (partsOf(s).some((p) => isFString(p) && hasPlaceholder(p))) continue;
    // One more character must not make (or lengthen) a line over the 88 limit: that is E501's finding.
    const text = ctx.lines[s.startPosition.row];
    if (text.length >= LINE_LIMIT || /[^\x00-\x7f]/.test(text)) continue; // wide characters count double
    const { line } = ctx.position(s.startIndex);
    out.push({ label: `f prefix without placeholders on line ${line}`, edits: [{ start: s.startIndex, end: s.startIndex, text: 'f' }] });
  }
  return out;
}

const rule = defineLintRule(import.meta.url, { meta, check, inject });
export default rule;
