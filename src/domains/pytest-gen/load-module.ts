import type { Node } from 'web-tree-sitter';
import { bindsFirstParameter } from '../../parse/decorators.js';
import { outerNode, qualifiedName, toPyNode } from '../../parse/discover-nodes.js';
import { functionCategories } from '../../parse/edge-categories.js';
import { loadQuery } from '../../parse/load-query.js';
import { withTree } from '../../parse/python.js';
import { findSyntaxError } from '../../parse/syntax-error.js';
import { projectPath } from '../../paths.js';
import { CallParseError, parseCall } from './call-parts.js';
import type { CuratedModule } from './curated.js';
import { exceptionClass, type ExceptionClass } from './exceptions.js';
import type { Case, FixtureModule, FunctionUnderTest } from './model.js';
import { signatureOf } from './signature.js';

const CAPTURES = ['class', 'class.name', 'function', 'function.name'] as const;

/** A problem with one curated function (or the whole file when `fn` is null). */
export interface ModuleProblem {
  fn: string | null;
  line: number | null;
  message: string;
}

/** Identifiers an expression uses that the module defines at top level (not attributes or keywords). */
function moduleNamesIn(expression: string, topLevel: ReadonlySet<string>): string[] {
  return withTree(expression, (tree) => {
    const names = new Set<string>();
    for (const id of tree.rootNode.descendantsOfType('identifier')) {
      if (!id || !topLevel.has(id.text)) continue;
      const parent = id.parent;
      if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.equals(id)) continue;
      if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.equals(id)) continue;
      names.add(id.text);
    }
    return [...names];
  });
}

/** First base class name of each class the module defines (null when it has none). */
function classBases(classes: Node[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const c of classes) {
    const first = c.childForFieldName('superclasses')?.namedChildren.find((n) => n?.type === 'identifier');
    out.set(c.childForFieldName('name')!.text, first?.text ?? null);
  }
  return out;
}

function casesOf(name: string, curated: CuratedModule['functions'][string], module: string, bases: Map<string, string | null>, topLevel: Set<string>, exceptions: Map<string, ExceptionClass>): Case[] {
  const seen = new Set<string>();
  return curated.cases.map((c) => {
    if (seen.has(c.id)) throw new CallParseError(`case id "${c.id}" is used twice`);
    seen.add(c.id);
    let call;
    try {
      call = parseCall(c.call, name);
    } catch (e) {
      throw new CallParseError(`case ${c.id}: ${(e as Error).message}`);
    }
    let outcome: Case['outcome'];
    if ('raises' in c) {
      const exc = exceptionClass(c.raises, module, bases);
      if (!exc) throw new CallParseError(`case ${c.id}: ${c.raises} is neither an exception class of ${module} nor a known builtin exception`);
      exceptions.set(exc.name, exc);
      outcome = { kind: 'raises', exc, message: c.message };
    } else outcome = { kind: 'returns', repr: c.returns };
    return { id: c.id, call, outcome, names: moduleNamesIn(c.call, topLevel), reprNames: outcome.kind === 'returns' ? moduleNamesIn(outcome.repr, topLevel) : [] };
  });
}

/**
 * Builds the functions under test of one fixture module from its source and curated data.
 * Problems are returned per function (that function is left out); a syntax error leaves all out.
 */
export function buildModule(moduleName: string, file: string, curatedFile: string, source: string, curated: CuratedModule): { module: FixtureModule | null; problems: ModuleProblem[] } {
  const problems: ModuleProblem[] = [];
  const query = loadQuery(projectPath('src/parse/queries/definitions.scm'), CAPTURES);
  return withTree(source, (tree) => {
    const error = findSyntaxError(tree);
    if (error) return { module: null, problems: [{ fn: null, line: error.line, message: 'syntax error: the file does not parse as Python' }] };
    const captures = query.captures(tree.rootNode);
    const defs = new Map<string, Node>();
    const classes: Node[] = [];
    for (const c of captures) {
      if (c.name === 'function') defs.set(qualifiedName(c.node), c.node);
      if (c.name === 'class') classes.push(c.node);
    }
    const bases = classBases(classes.filter((c) => outerNode(c).parent?.type === 'module'));
    const topLevel = new Set([...bases.keys(), ...[...defs.entries()].filter(([, d]) => outerNode(d).parent?.type === 'module').map(([n]) => n)]);
    const exceptions = new Map<string, ExceptionClass>();
    const functions: FunctionUnderTest[] = [];
    for (const [qualName, data] of Object.entries(curated.functions)) {
      const def = defs.get(qualName);
      if (!def) {
        problems.push({ fn: qualName, line: null, message: `${curatedFile} describes ${qualName}, which ${file} does not define` });
        continue;
      }
      const categories = functionCategories(def);
      const parts = qualName.split('.');
      if (categories.includes('nested') || parts.length > 2) {
        problems.push({ fn: qualName, line: def.startPosition.row + 1, message: `${qualName} is not importable from ${moduleName} (nested), so it cannot be tested directly` });
        continue;
      }
      const name = parts[parts.length - 1];
      try {
        const cases = casesOf(name, data, moduleName, bases, topLevel, exceptions);
        const signature = signatureOf(def);
        const method = parts.length === 2;
        const params = signature.parameters.filter((p) => !p.name.startsWith('*')).map((p) => p.name);
        functions.push({
          module: moduleName,
          qualName,
          name,
          className: method ? parts[0] : null,
          isAsync: signature.is_async,
          callParams: bindsFirstParameter(def) ? params.slice(1) : params,
          varargs: signature.parameters.find((p) => /^\*\w/.test(p.name))?.name.slice(1) ?? null,
          signature,
          node: toPyNode(def, file),
          categories: [...categories],
          cases,
        });
      } catch (e) {
        if (!(e instanceof CallParseError)) throw e;
        problems.push({ fn: qualName, line: null, message: `${curatedFile}: ${qualName}: ${e.message}` });
      }
    }
    return { module: { name: moduleName, file, curatedFile, source, functions, exceptions }, problems };
  });
}
