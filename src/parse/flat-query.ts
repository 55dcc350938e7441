import { readFileSync } from 'node:fs';
import type { FlatTree } from './flat-tree.js';
import type { SyntaxNode } from './syntax-node.js';

/**
 * A .scm query run over a FlatTree in JavaScript, for the few shapes of pattern the lint rules
 * write. tree-sitter's query cursor walks the whole wasm tree per run (about 0.1 ms on a
 * shipped fixture even for a pattern that never matches) and hands back each capture as a
 * Node whose every question is a wasm call; over the flat arrays a run is a scan of the type
 * ids, and its nodes are FlatNodes. The .scm file stays the one definition: tree-sitter still
 * compiles it (load-query.ts), and a file with any construct outside this subset is left to
 * tree-sitter (compile() says null). The tests compare both on every fixture.
 *
 * The subset: a pattern is `(type)` or `(_)`, with its capture, or with one child and the
 * capture on either: the child a leaf, `(type)`, `(_)`, `"token"` or an alternation `[...]` of
 * those, optionally behind `field:`. Not in it: predicates, quantifiers, negated fields,
 * wildcards `_`, and anchors. (With `(a) . (b)` tree-sitter keeps one of two overlapping
 * matches of a pattern and drops the other, by rules of its own that this does not copy.)
 */

/** One node test: a type name (or any) and whether the node must be named. */
interface Leaf {
  /** null: any named node, `(_)`. */
  type: string | null;
  named: boolean;
}

interface Child {
  field: string | null;
  /** Any of these (one for a plain child, several for an alternation). */
  options: Leaf[];
  capture: string | null;
}

interface Pattern {
  top: Leaf;
  capture: string | null;
  children: Child[];
}

type Token = { kind: '(' | ')' | '[' | ']' } | { kind: 'name'; text: string } | { kind: 'field'; text: string } | { kind: 'string'; text: string } | { kind: 'capture'; text: string };

/** The query text as tokens; null when it holds something outside the subset's alphabet. */
function tokenize(source: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (/\s/.test(ch)) i++;
    else if (ch === ';') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? source.length : end;
    } else if ('()[]'.includes(ch)) {
      out.push({ kind: ch as '(' });
      i++;
    } else if (ch === '"') {
      let j = i + 1;
      let text = '';
      for (; j < source.length && source[j] !== '"'; j++) {
        if (source[j] === '\\') return null; // escapes: left to tree-sitter
        text += source[j];
      }
      if (j >= source.length) return null;
      out.push({ kind: 'string', text });
      i = j + 1;
    } else if (ch === '@') {
      const m = /^@([\w.-]+)/.exec(source.slice(i));
      if (!m) return null;
      out.push({ kind: 'capture', text: m[1] });
      i += m[0].length;
    } else {
      const m = /^([A-Za-z_][\w]*)(:)?/.exec(source.slice(i));
      if (!m) return null; // predicates (#), quantifiers, negation (!) and the like
      out.push(m[2] ? { kind: 'field', text: m[1] } : { kind: 'name', text: m[1] });
      i += m[0].length;
    }
  }
  return out;
}

class Reader {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.at];
  }
  next(): Token | undefined {
    return this.tokens[this.at++];
  }
  done(): boolean {
    return this.at >= this.tokens.length;
  }
}

/** `(type)`, `(_)` or `"token"`, without children; null outside the subset. */
function readLeaf(r: Reader): Leaf | null {
  const t = r.next();
  if (t?.kind === 'string') return { type: t.text, named: false };
  if (t?.kind !== '(') return null;
  const name = r.next();
  if (name?.kind !== 'name' || r.next()?.kind !== ')') return null;
  return { type: name.text === '_' ? null : name.text, named: true };
}

function readCaptures(r: Reader): string[] {
  const out: string[] = [];
  for (let t = r.peek(); t?.kind === 'capture'; t = r.peek()) out.push((r.next() as { text: string }).text);
  return out;
}

/** A child: `field: leaf`, or an alternation of leaves, with its captures; null outside the subset. */
function readChild(r: Reader): Child | null {
  let field: string | null = null;
  if (r.peek()?.kind === 'field') field = (r.next() as { text: string }).text;
  let options: Leaf[] = [];
  if (r.peek()?.kind === '[') {
    r.next();
    while (r.peek() && r.peek()!.kind !== ']') {
      const leaf = readLeaf(r);
      if (!leaf) return null;
      options.push(leaf);
    }
    if (r.next()?.kind !== ']' || options.length === 0) return null;
  } else {
    const leaf = readLeaf(r);
    if (!leaf) return null;
    options = [leaf];
  }
  const captures = readCaptures(r);
  if (captures.length > 1) return null;
  return { field, options, capture: captures[0] ?? null };
}

function readPattern(r: Reader): Pattern | null {
  if (r.next()?.kind !== '(') return null;
  const name = r.next();
  if (name?.kind !== 'name') return null;
  const top: Leaf = { type: name.text === '_' ? null : name.text, named: true };
  const children: Child[] = [];
  while (r.peek() && r.peek()!.kind !== ')') {
    const child = readChild(r);
    if (!child) return null;
    children.push(child);
  }
  if (r.next()?.kind !== ')' || children.length > 1) return null;
  const captures = readCaptures(r);
  const all = [...captures, ...children.flatMap((c) => (c.capture ? [c.capture] : []))];
  if (all.length !== 1) return null;
  return { top, capture: captures[0] ?? null, children };
}

/** One capture: its name, its node (a FlatNode here; tree-sitter's QueryCapture has the same fields). */
export interface FlatCapture {
  name: string;
  node: SyntaxNode;
  patternIndex: number;
}

export class FlatQuery {
  private static readonly byPath = new Map<string, FlatQuery | null>();

  private constructor(private readonly patterns: readonly Pattern[]) {}

  /** The query of a .scm text, or null when it uses anything outside the subset. */
  static compile(source: string): FlatQuery | null {
    const tokens = tokenize(source);
    if (!tokens) return null;
    const r = new Reader(tokens);
    const patterns: Pattern[] = [];
    while (!r.done()) {
      const p = readPattern(r);
      if (!p) return null;
      patterns.push(p);
    }
    return patterns.length ? new FlatQuery(patterns) : null;
  }

  /** compile() of a .scm file, once per path. */
  static forFile(path: string): FlatQuery | null {
    let q = FlatQuery.byPath.get(path);
    if (q === undefined) FlatQuery.byPath.set(path, (q = FlatQuery.compile(readFileSync(path, 'utf8'))));
    return q;
  }

  /**
   * The captures tree-sitter's `query.captures(root)` gives, as FlatNodes, in its order: by
   * node in document order (an outer node before one inside it), then by pattern. The tree
   * must be free of parse errors (a broken tree is left to tree-sitter, whose ERROR and
   * MISSING rules this does not copy).
   */
  captures(flat: FlatTree): FlatCapture[] {
    if (flat.hasError) throw new Error('FlatQuery: the tree has a parse error');
    const { tops, childTypes, childFields } = this.tablesFor(flat);
    const found: { node: number; pattern: number }[] = [];
    let inOrder = true;
    for (let i = 0; i < flat.size; i++) {
      const type = flat.typeId[i];
      for (let p = 0; p < this.patterns.length; p++) {
        const child = childTypes[p];
        if (child === null) {
          if (tops[p][type] === 1) found.push({ node: i, pattern: p });
          continue;
        }
        // A one-child pattern is decided at the child: its type, its field, its parent.
        if (child[type] !== 1) continue;
        if (childFields[p] >= 0 && flat.fieldId[i] !== childFields[p]) continue;
        const up = flat.parent[i];
        if (up < 0 || tops[p][flat.typeId[up]] !== 1) continue;
        if (this.patterns[p].capture) {
          found.push({ node: up, pattern: p });
          inOrder = false;
        } else found.push({ node: i, pattern: p });
      }
    }
    if (!inOrder) found.sort((a, b) => a.node - b.node || a.pattern - b.pattern);
    return found.map((f) => {
      const pattern = this.patterns[f.pattern];
      return { name: pattern.capture ?? pattern.children[0].capture!, node: flat.node(f.node), patternIndex: f.pattern };
    });
  }

  private tables: { key: Uint8Array; tops: Uint8Array[]; childTypes: (Uint8Array | null)[]; childFields: number[] } | null = null;

  /**
   * Per pattern, tables by type id: which nodes its top accepts, and which its child does (the
   * options of an alternation merged). Made once per language (the vocabulary's own table of
   * every named type stands for it).
   */
  private tablesFor(flat: FlatTree) {
    const key = flat.typeTable(null, true);
    if (this.tables?.key === key) return this.tables;
    const tops = this.patterns.map((p) => flat.typeTable(p.top.type, p.top.named));
    const childTypes = this.patterns.map((p) => {
      const [child] = p.children;
      if (!child) return null;
      const merged = new Uint8Array(key.length);
      for (const o of child.options) flat.typeTable(o.type, o.named).forEach((v, id) => (merged[id] |= v));
      return merged;
    });
    const childFields = this.patterns.map((p) => (p.children[0]?.field ? flat.fieldIdOf(p.children[0].field) : -1));
    return (this.tables = { key, tops, childTypes, childFields });
  }
}
