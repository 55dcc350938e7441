import type { Node, Tree } from 'web-tree-sitter';
import { bindsFirstParameter } from '../../parse/decorators.js';
import { qualifiedName } from '../../parse/discover-nodes.js';
import { functionCategories, hasEmptyBody } from '../../parse/edge-categories.js';
import { loadQuery } from '../../parse/load-query.js';
import { projectPath } from '../../paths.js';
import { existingDocstring, type ExistingDocstring } from './existing-docstring.js';
import { findDef } from './find-defs.js';
import { returnAnnotation, signatureParams, yieldTypeOf, type SignatureParam } from './signature.js';

/** What a docstring of this definition has to document, found by tree-sitter. */
export interface DocSite {
  kind: 'function' | 'class';
  qualname: string;
  /** The def whose header read_type_hints reports: the function itself, or a class's __init__. */
  signature: { params: SignatureParam[]; returnAnnotation: string | null } | null;
  /** Parameters a docstring lists: no self/cls. */
  documented: SignatureParam[];
  returnsValue: boolean;
  returnType: string | null;
  generator: boolean;
  yieldType: string | null;
  /** Exception names of the raise statements of its own body, first occurrence order. */
  raises: string[];
  docstring: ExistingDocstring | null;
  categories: string[];
}

const FACTS = ['raise', 'yield', 'return'] as const;

function enclosingScope(n: Node): Node | null {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'function_definition' || p.type === 'class_definition' || p.type === 'lambda') return p;
  }
  return null;
}

function ownFacts(def: Node): { raises: Node[]; yields: Node[]; returns: Node[] } {
  const query = loadQuery(projectPath('src/domains/docstring/queries/body-facts.scm'), FACTS);
  const out = { raises: [] as Node[], yields: [] as Node[], returns: [] as Node[] };
  const body = def.childForFieldName('body');
  if (!body) return out;
  for (const c of query.captures(body)) {
    if (enclosingScope(c.node)?.id !== def.id) continue;
    if (c.name === 'raise') out.raises.push(c.node);
    else if (c.name === 'yield') out.yields.push(c.node);
    else out.returns.push(c.node);
  }
  return out;
}

/** `raise ValueError(...)` and `raise errors.Missing from e` name their class; a bare raise names none. */
function exceptionName(raise: Node): string | null {
  const value = raise.namedChildren.find((c) => c !== null && c.type !== 'comment');
  if (!value) return null;
  const target = value.type === 'call' ? value.childForFieldName('function') : value;
  return target && (target.type === 'identifier' || target.type === 'attribute') ? target.text : null;
}

function documentedParams(def: Node, params: SignatureParam[]): SignatureParam[] {
  return bindsFirstParameter(def) && params.length > 0 && !params[0].name.startsWith('*') ? params.slice(1) : params;
}

function functionSite(def: Node): DocSite {
  const params = signatureParams(def);
  const ret = returnAnnotation(def);
  const facts = ownFacts(def);
  const generator = facts.yields.length > 0;
  const valued = facts.returns.some((r) => {
    const v = r.namedChildren.find((c) => c !== null && c.type !== 'comment');
    return v !== undefined && v !== null && v.type !== 'none';
  });
  const returnsValue = !generator && (valued || (hasEmptyBody(def) && ret !== null && ret !== 'None'));
  const raises = [...new Set(facts.raises.map(exceptionName).filter((n): n is string => n !== null))];
  return {
    kind: 'function',
    qualname: qualifiedName(def),
    signature: { params, returnAnnotation: ret },
    documented: documentedParams(def, params),
    returnsValue,
    returnType: returnsValue ? ret : null,
    generator,
    yieldType: generator ? yieldTypeOf(ret) : null,
    raises,
    docstring: existingDocstring(def),
    categories: functionCategories(def),
  };
}

function classSite(cls: Node): DocSite {
  const body = cls.childForFieldName('body');
  const init = body?.namedChildren
    .map((n) => (n?.type === 'decorated_definition' ? n.childForFieldName('definition') : n))
    .find((n) => n?.type === 'function_definition' && n.childForFieldName('name')?.text === '__init__');
  const params = init ? signatureParams(init) : [];
  const cats = ['class'];
  if (cls.parent?.type === 'decorated_definition') cats.unshift('decorated');
  return {
    kind: 'class',
    qualname: qualifiedName(cls),
    signature: init ? { params, returnAnnotation: returnAnnotation(init) } : null,
    documented: init ? documentedParams(init, params) : [],
    returnsValue: false,
    returnType: null,
    generator: false,
    yieldType: null,
    raises: [],
    docstring: existingDocstring(cls),
    categories: cats,
  };
}

export function siteOf(def: Node): DocSite {
  return def.type === 'class_definition' ? classSite(def) : functionSite(def);
}

export function siteIn(tree: Tree, qualname: string): DocSite {
  return siteOf(findDef(tree, qualname));
}
