import type { Node, Tree } from 'web-tree-sitter';
import { rngFor } from '../../../generate/rng.js';
import { isMethod } from '../../../parse/edge-categories.js';
import { outerNode, qualifiedName } from '../../../parse/discover-nodes.js';
import { decoratorNames } from '../../../parse/decorators.js';
import { ValueGenerator, UnknownTypeError } from '../../sample-data/generate-value.js';
import { moduleTypes } from '../../sample-data/module-types.js';
import { planFunction, type FunctionPlan } from '../../sample-data/plan.js';
import type { CaseKind, SampleRule } from '../../sample-data/rule.js';
import { pyLiteral } from './py-literal.js';

/** One call the observer makes: `slugify("Hello World")`, `Account("ann").deposit(50)`. */
export interface PlannedCall {
  fn: string;
  id: string;
  call: string;
}

// Argument sets per function: the three cases of the sample-data rules and two more normal ones.
const KINDS: [string, CaseKind][] = [['normal', 'normal'], ['edge', 'edge'], ['large', 'large'], ['typical', 'normal'], ['other', 'normal']];
// A test line a person would write: longer calls are left out.
const MAX_CALL = 100;

/** Arguments as a call writes them: positional in order while nothing is left out, then keywords. */
function argumentSource(plan: FunctionPlan, values: Map<string, unknown>): string | null {
  const parts: string[] = [];
  let keywords = false;
  for (const s of plan.slots) {
    if (!values.has(s.param.name)) {
      keywords = true;
      continue;
    }
    const lit = pyLiteral(values.get(s.param.name));
    if (lit === null) return null;
    const byName: boolean = keywords || s.param.kind === 'keyword_only';
    keywords ||= byName;
    parts.push(byName ? `${s.param.name}=${lit}` : lit);
  }
  return parts.join(', ');
}

function valuesFor(plan: FunctionPlan, gen: ValueGenerator, kind: CaseKind, seedKey: string, omitDefaults: boolean): Map<string, unknown> | null {
  const rng = rngFor(0, 'observe', seedKey);
  const out = new Map<string, unknown>();
  try {
    for (const s of plan.slots) {
      if (omitDefaults && s.param.default !== null) continue;
      out.set(s.param.name, kind === 'edge' && s.param.default === 'None' ? null : gen.generate(s.type, s.param.name, kind, rng));
    }
  } catch (e) {
    if (e instanceof UnknownTypeError) return null;
    throw e;
  }
  return out;
}

/**
 * The calls that observe a module's public functions and methods, with argument sets from the
 * sample-data type rules, and the functions left out with the reason. A method is called on an
 * instance built the same way from its class's __init__.
 * `seedFile` seeds the argument values: the module's path inside the fixtures folder, so the
 * values do not depend on where that folder is.
 */
export function planCalls(tree: Tree, file: string, rules: readonly SampleRule[], seedFile = file): { calls: PlannedCall[]; skipped: { fn: string; reason: string }[] } {
  const scope = moduleTypes(tree);
  const gen = new ValueGenerator(rules, scope);
  const calls: PlannedCall[] = [];
  const skipped: { fn: string; reason: string }[] = [];
  const receivers = new Map<string, string | null>();
  const receiverOf = (cls: Node): string | null => {
    const name = cls.childForFieldName('name')!.text;
    if (receivers.has(name)) return receivers.get(name)!;
    const init = cls.childForFieldName('body')?.namedChildren.find((n) => n?.type === 'function_definition' && n.childForFieldName('name')?.text === '__init__') ?? null;
    let receiver: string | null = `${name}()`;
    if (init) {
      const p = planFunction(init, file, scope, rules);
      if ('problem' in p) receiver = null;
      else if ('plan' in p) {
        const values = valuesFor(p.plan, gen, 'normal', `${seedFile}::${name}.__init__`, true);
        const args = values && argumentSource(p.plan, values);
        receiver = args === null || args === undefined ? null : `${name}(${args})`;
      }
    }
    receivers.set(name, receiver);
    return receiver;
  };
  const defs = tree.rootNode.descendantsOfType('function_definition').filter((d): d is Node => d !== null);
  for (const def of defs) {
    const qual = qualifiedName(def);
    const name = def.childForFieldName('name')!.text;
    const parent = outerNode(def).parent;
    const cls = isMethod(def) ? parent?.parent ?? null : null;
    const topLevel = parent?.type === 'module' || (cls !== null && outerNode(cls).parent?.type === 'module');
    if (!topLevel || name.startsWith('_') || (cls && cls.childForFieldName('name')!.text.startsWith('_'))) continue;
    const skip = (reason: string) => skipped.push({ fn: qual, reason });
    const decos = decoratorNames(def);
    if (/^async\s/.test(def.text)) {
      skip('a coroutine (async def)');
      continue;
    }
    if (decos.some((d) => /^(property|\w+\.setter|\w+\.deleter|abstractmethod|overload|contextmanager)/.test(d))) {
      skip('a property, overload or context manager');
      continue;
    }
    if (def.descendantsOfType(['yield']).some((y) => y !== null)) {
      skip('a generator');
      continue;
    }
    const p = planFunction(def, file, scope, rules);
    if ('problem' in p) {
      skip('a parameter no sample-data rule can fill');
      continue;
    }
    if (!('plan' in p)) {
      skip('no parameters to vary');
      continue;
    }
    let prefix = name;
    if (cls) {
      const clsName = cls.childForFieldName('name')!.text;
      if (decos.includes('staticmethod') || decos.includes('classmethod')) prefix = `${clsName}.${name}`;
      else {
        const receiver = receiverOf(cls);
        if (receiver === null) {
          skip('its class cannot be built from generated values');
          continue;
        }
        prefix = `${receiver}.${name}`;
      }
    }
    const seen = new Set<string>();
    for (const [id, kind] of KINDS) {
      const values = valuesFor(p.plan, gen, kind, `${seedFile}::${qual}::${id}`, id === 'other');
      const args = values && argumentSource(p.plan, values);
      if (args === null || args === undefined) continue;
      const call = `${prefix}(${args})`;
      if (call.length > MAX_CALL || seen.has(call)) continue;
      seen.add(call);
      calls.push({ fn: qual, id, call });
    }
    if (seen.size < 2) {
      calls.splice(calls.length - seen.size, seen.size);
      skip('fewer than two calls short enough to write');
    }
  }
  return { calls, skipped };
}
