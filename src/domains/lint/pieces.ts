import type { Node } from 'web-tree-sitter';
import { withTree } from '../../parse/python.js';
import { allEntries, withoutAllEntries } from './all-entries.js';
import type { FindingsCache } from './findings-cache.js';
import type { LintFinding } from './rule.js';
import { LintWorkspace } from './workspace.js';

/**
 * The most lines a lint example shows. A lint conversation shows the whole file (ruff's line
 * numbers are the whole file's) and read_file shows it again; FunctionGemma reads 32K tokens,
 * and fine-tuning runs usually cut far shorter. 150 lines of real Python are about 1,500 to
 * 2,500 tokens, so a conversation with both copies, the tools and the system prompt stays
 * well under 8K. The shipped fixtures are all shorter.
 */
export const LINT_MAX_LINES = 150;

export type Pieces = { pieces: string[]; left: number } | { pieces: []; core: number };

/** Lines of a text as the model sees it (a trailing newline ends the last line). */
export function lineCount(code: string): number {
  return code.split('\n').length - (code.endsWith('\n') ? 1 : 0);
}

const DEFS = new Set(['function_definition', 'class_definition', 'decorated_definition']);

/** A function, class or method: the lines it takes (with the blank lines and comments before it). */
interface Def {
  name: string;
  /** Line range [from, to), 0-based. */
  from: number;
  to: number;
  parent: Def | null;
  children: Def[];
  /** Its body holds a statement that is not a definition (a docstring, an assignment). */
  ownStatement: boolean;
  /** Must stay in every piece: Python or the module's own code reaches it without a cut ever seeing why. */
  pinned: boolean;
  /** The names its own lines use (not those of its methods, which can go without it). */
  uses: Set<string>;
}

/** The innermost definition each line belongs to (null: the module's own code). */
function ownerOfLines(defs: readonly Def[], lines: number): (Def | null)[] {
  const owner: (Def | null)[] = new Array(lines).fill(null);
  for (const d of [...defs].sort((x, y) => y.to - y.from - (x.to - x.from))) for (let l = d.from; l < d.to; l++) owner[l] = d;
  return owner;
}

/** The file's definitions, the innermost one of each line, and the definitions of each name. */
function definitions(code: string): { defs: Def[]; owner: (Def | null)[]; byName: Map<string, Def[]> } {
  return withTree(code, (tree) => {
    const all: Def[] = [];
    const visit = (body: Node, parent: Def | null) => {
      const stmts = body.namedChildren.filter((n): n is Node => n !== null && n.type !== 'comment');
      stmts.forEach((stmt, i) => {
        if (!DEFS.has(stmt.type)) {
          if (parent) parent.ownStatement = true;
          return;
        }
        const def = stmt.type === 'decorated_definition' ? stmt.childForFieldName('definition') : stmt;
        const name = def?.childForFieldName('name')?.text ?? '';
        const prev = stmts[i - 1];
        const d: Def = { name, from: prev ? prev.endPosition.row + 1 : stmt.startPosition.row, to: stmt.endPosition.row + 1, parent, children: [], ownStatement: false, pinned: name === '', uses: new Set() };
        all.push(d);
        parent?.children.push(d);
        const classBody = def?.type === 'class_definition' ? def.childForFieldName('body') : null;
        if (classBody) visit(classBody, d);
      });
    };
    visit(tree.rootNode, null);
    const owner = ownerOfLines(all, code.split('\n').length);
    const byName = new Map<string, Def[]>();
    for (const d of all) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
    for (const id of tree.rootNode.descendantsOfType('identifier')) {
      if (!id || !byName.has(id.text)) continue;
      const user = owner[id.startPosition.row] ?? null;
      if (user) user.uses.add(id.text);
      // Module code that names it (a call, __all__ built by hand, a registry) keeps it.
      else for (const d of byName.get(id.text)!) d.pinned = true;
    }
    // A name in a string (getattr(self, "name"), a registry) keeps it as well; an __all__
    // entry does not: a piece without the definition leaves the entry out too.
    const exported = new Set(allEntries(tree.rootNode).map((e) => e.node.id));
    for (const s of tree.rootNode.descendantsOfType('string_content')) {
      if (s?.parent && !exported.has(s.parent.id)) for (const d of byName.get(s.text) ?? []) d.pinned = true;
    }
    return { defs: all, owner, byName };
  });
}

/**
 * A file over `max` lines cut into real files that fit. Each piece keeps the module's own code
 * (imports, assignments, whatever runs at import time) and what it names, and a run of the
 * functions, classes and methods that only other definitions use, in file order, each with
 * the definitions it uses, as many as fit. Together the pieces show every definition that fits
 * at all (`left` counts those that cannot). An issue the cut makes (an import only the cut
 * definitions used, blank lines piled up where they were) is fixed as ruff fixes it, so a
 * piece reports no issue its file did not have; a piece where that cannot be done is left out.
 * No pieces when what must stay is already over `max` lines (`core` says how many).
 */
export function piecesOf(code: string, max: number, cache: FindingsCache, packageInit: boolean): Pieces {
  const lines = code.split('\n');
  const total = lineCount(code);
  const { defs, owner, byName } = definitions(code);
  const own = new Map<Def, number>(defs.map((d) => [d, 0]));
  let outside = 0;
  for (let l = 0; l < total; l++) {
    const d = owner[l];
    if (d) own.set(d, own.get(d)! + 1);
    else outside++;
  }

  /** What keeping `start` brings along, beyond `kept`: its classes, the definitions they use, and a member for a class that would be left empty. */
  const closure = (start: readonly Def[], kept: ReadonlySet<Def>): Set<Def> => {
    const added = new Set<Def>();
    const todo = [...start];
    while (todo.length) {
      const d = todo.pop()!;
      if (kept.has(d) || added.has(d)) continue;
      added.add(d);
      if (d.parent) todo.push(d.parent);
      for (const name of d.uses) todo.push(...byName.get(name)!);
    }
    // A class body needs a statement: a class with nothing of its own keeps its first member.
    for (let again = true; again; ) {
      again = false;
      for (const d of added) {
        if (d.children.length === 0 || d.ownStatement || d.children.some((c) => kept.has(c) || added.has(c))) continue;
        for (const c of closure([d.children[0]], new Set([...kept, ...added]))) added.add(c);
        again = true;
      }
    }
    return added;
  };
  const cost = (ds: Iterable<Def>) => [...ds].reduce((n, d) => n + own.get(d)!, 0);

  const core = closure(defs.filter((d) => d.pinned), new Set());
  const coreSize = outside + cost(core);
  if (coreSize > max) return { pieces: [], core: coreSize };

  const groups: Set<Def>[] = [];
  let kept = new Set(core);
  let size = coreSize;
  let left = 0;
  for (const leaf of defs.filter((d) => d.children.length === 0).sort((x, y) => x.from - y.from)) {
    if (core.has(leaf) || groups.some((g) => g.has(leaf))) continue;
    let added = closure([leaf], kept);
    if (size + cost(added) > max && kept.size > core.size) {
      groups.push(kept);
      kept = new Set(core);
      size = coreSize;
      added = closure([leaf], kept);
    }
    if (size + cost(added) > max) {
      left++;
      continue;
    }
    added.forEach((d) => kept.add(d));
    size += cost(added);
  }
  if (kept.size > core.size || groups.length === 0) groups.push(kept);

  const original = issueCounts(code, cache, packageInit);
  const pieces = groups.flatMap((keep) => {
    const text = lines.filter((_, i) => owner[i] === null || keep.has(owner[i]!)).join('\n');
    const keptNames = new Set([...keep].map((d) => d.name));
    const gone = new Set(defs.filter((d) => d.parent === null && !keep.has(d) && !keptNames.has(d.name)).map((d) => d.name));
    return withoutNewIssues(withoutAllEntries(text, gone), original, cache, packageInit) ?? [];
  });
  return { pieces: [...new Set(pieces)], left };
}

const issueKey = (f: LintFinding) => `${f.code} ${f.message}`;

function issueCounts(code: string, cache: FindingsCache, packageInit: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of cache.findings(code, { packageInit })) out.set(issueKey(f), (out.get(issueKey(f)) ?? 0) + 1);
  return out;
}

/** The findings beyond the file's own: of each code and message, those past the count the file had. */
function beyond(findings: readonly LintFinding[], original: Map<string, number>): LintFinding[] {
  const seen = new Map<string, number>();
  return findings.filter((f) => {
    const n = (seen.get(issueKey(f)) ?? 0) + 1;
    seen.set(issueKey(f), n);
    return n > (original.get(issueKey(f)) ?? 0);
  });
}

/**
 * The piece without the issues the cut made (an import only cut code used, the blank lines
 * around it), fixed as ruff fixes them (by any fix: an __init__.py's F401 is not a safe one);
 * null when one has no fix.
 */
function withoutNewIssues(code: string, original: Map<string, number>, cache: FindingsCache, packageInit: boolean): string | null {
  const ws = new LintWorkspace(code, cache, packageInit);
  ws.fixAll({ unsafe: true, only: (findings) => beyond(findings, original) });
  return beyond(ws.findings(), original).length === 0 ? ws.code : null;
}
