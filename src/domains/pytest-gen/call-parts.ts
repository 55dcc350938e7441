import type { Node } from 'web-tree-sitter';
import { withTree } from '../../parse/python.js';

/**
 * A curated call split around the call of the function under test, so that a strategy can
 * put parameter names in place of the arguments or a fixture in place of the receiver:
 * `list(countdown(3))` is prefix `list(`, callee `countdown`, args `3`, suffix `)`.
 */
export interface CallParts {
  source: string;
  prefix: string;
  suffix: string;
  /** `Account("bob", 100)` in `Account("bob", 100).withdraw(30)`; null for a plain call. */
  receiver: string | null;
  /** The receiver is an instance built by a call (so a fixture can build it). */
  receiverIsCall: boolean;
  /** What is called: `slugify` or `.withdraw` (appended to the receiver). */
  callee: string;
  args: string[];
  kwargs: [string, string][];
}

export class CallParseError extends Error {}

function findTarget(node: Node, name: string): Node | null {
  if (node.type === 'call') {
    const fn = node.childForFieldName('function');
    if (fn?.type === 'identifier' && fn.text === name) return node;
    if (fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === name) return node;
  }
  for (const child of node.namedChildren) {
    const hit = child && findTarget(child, name);
    if (hit) return hit;
  }
  return null;
}

/** Parses `source` (one Python expression) and finds the first call of `name` in it. */
export function parseCall(source: string, name: string): CallParts {
  return withTree(source, (tree) => {
    const root = tree.rootNode;
    if (root.hasError || root.namedChildCount !== 1 || root.namedChild(0)?.type !== 'expression_statement') {
      throw new CallParseError(`\`${source}\` is not one Python expression`);
    }
    const call = findTarget(root, name);
    if (!call) throw new CallParseError(`\`${source}\` does not call ${name}`);
    const fn = call.childForFieldName('function')!;
    const argList = call.childForFieldName('arguments');
    if (!argList || argList.type !== 'argument_list') throw new CallParseError(`\`${source}\`: ${name} is not called with an argument list`);
    const args: string[] = [];
    const kwargs: [string, string][] = [];
    for (const a of argList.namedChildren) {
      if (!a || a.type === 'comment') continue;
      if (a.type === 'keyword_argument') kwargs.push([a.childForFieldName('name')!.text, a.childForFieldName('value')!.text]);
      else if (a.type === 'list_splat' || a.type === 'dictionary_splat') throw new CallParseError(`\`${source}\`: unpacked arguments are not supported`);
      else {
        if (kwargs.length) throw new CallParseError(`\`${source}\`: positional argument after a keyword argument`);
        args.push(a.text);
      }
    }
    const object = fn.type === 'attribute' ? fn.childForFieldName('object')! : null;
    return {
      source,
      prefix: source.slice(0, call.startIndex),
      suffix: source.slice(call.endIndex),
      receiver: object?.text ?? null,
      receiverIsCall: object?.type === 'call',
      callee: object ? `.${name}` : name,
      args,
      kwargs,
    };
  });
}

/** The call written back, with the receiver and the arguments given (e.g. parameter names). */
export function renderCall(p: CallParts, opts: { receiver?: string; args?: string[]; kwargs?: [string, string][] } = {}): string {
  const receiver = opts.receiver ?? p.receiver ?? '';
  const args = [...(opts.args ?? p.args), ...(opts.kwargs ?? p.kwargs).map(([k, v]) => `${k}=${v}`)];
  return `${p.prefix}${receiver}${p.callee}(${args.join(', ')})${p.suffix}`;
}
