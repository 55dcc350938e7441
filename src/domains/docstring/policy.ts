import type { LoadedDefinition } from '../../definition/load-definition.js';
import { digest } from '../../generate/digest.js';
import { rngFor } from '../../generate/rng.js';
import { pyDumps } from '../../pyjson/dumps.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { Shape } from '../../shapes/schema.js';
import { summaryFor } from '../../shapes/summary-template.js';
import { fits } from '../../shapes/vocabulary.js';
import type { DocModel } from './model.js';
import { renderDocstring } from './render/render.js';
import { problemsOf, type LoadedDocstringRule } from './rules.js';
import { vocabulary, type DocstringSituation } from './shape-vocabulary.js';
import type { Action, Style } from './style.js';
import { summaryValues } from './summary-values.js';
import { docstringTools, type DocstringReading, type TypeHints } from './tools.js';
import { DocstringWorkspace } from './workspace.js';

export interface DocstringScenario {
  definition: LoadedDefinition;
  /** The whole fixture file as the conversation starts (its docstring possibly aged). */
  code: string;
  qualname: string;
  filePath: string;
  style: Style;
  model: DocModel;
  rules: readonly LoadedDocstringRule[];
  /** Edge categories of the code shown. */
  tags: string[];
}

/** The model's types must be what read_type_hints reports, or the docstring would lie. */
function agreesWithHints(model: DocModel, hints: TypeHints): boolean {
  return model.params.every((p) => hints.parameters.some((h) => h.name === p.name && h.annotation === p.type));
}

type Next = 'read' | 'hints' | 'write' | 'submit';

/**
 * The system prompt's procedure, as a function of what the model has seen: read the docstring
 * (the [Context] gives the style); submit at once when it is adequate; otherwise read the type
 * hints, write the docstring in that style, and submit.
 */
function policyNext(seen: { situation: DocstringSituation | null; hints: boolean; written: boolean }): Next {
  if (!seen.situation) return 'read';
  if (seen.situation.action === 'skipped') return 'submit';
  if (!seen.hints) return 'hints';
  return seen.written ? 'submit' : 'write';
}

/**
 * Plays a shape and checks every step against the procedure: a shape whose steps the procedure
 * would not take on this docstring gives null. The docstring written is the canonical model
 * rendered in the style, the same for the same visible state.
 */
export function playShape(s: DocstringScenario, shape: Shape, seed: number): TrainingExample | null {
  const ws = new DocstringWorkspace(s.code, s.qualname, s.filePath);
  const node = ws.node();
  const { tools, providers } = docstringTools(ws, s.style);
  const session = new Session({ definition: s.definition, node, tools, providers });
  const seen = { situation: null as DocstringSituation | null, hints: false, written: false };
  for (const { step } of shape.steps) {
    if (policyNext(seen) !== step) return null;
    if (step === 'read') {
      const reading = session.call<DocstringReading>('read_current_docstring', {});
      const problems = reading.has_docstring ? problemsOf(s.rules, ws.site(), s.style) : ['missing-docstring'];
      const action: Action = problems.length === 0 ? 'skipped' : reading.has_docstring && !problems.includes('missing-docstring') ? 'updated' : 'added';
      seen.situation = { action, style: s.style, problems };
      if (!fits(vocabulary, shape.when, seen.situation)) return null;
    } else if (step === 'hints') {
      if (!agreesWithHints(s.model, session.call<TypeHints>('read_type_hints', {}))) throw new Error(`${s.filePath}::${s.qualname}: the documented types differ from read_type_hints`);
      seen.hints = true;
    } else {
      session.call('write_docstring', { docstring: renderDocstring(s.model, s.style), style: s.style });
      seen.written = true;
    }
  }
  if (policyNext(seen) !== 'submit' || !seen.situation) return null;
  const { action, problems } = seen.situation;
  const wordsRng = rngFor(seed, 'docstring-fixes', digest(pyDumps(session.transcript)));
  const values = summaryValues(wordsRng, s.rules, s.qualname, s.style, s.model, problems);
  return session.submit(
    { summary: summaryFor(shape.summaries, values, seed, session.transcript), action, changed_files: seen.written ? [s.filePath] : [] },
    {
      domain: 'docstring',
      fixture: s.filePath,
      node_id: node.node_id,
      rules: action === 'skipped' ? ['adequate-docstring'] : [...problems].sort(),
      tags: [...new Set([...s.tags, s.style, action, ...(action === 'skipped' ? ['already_documented'] : [])])].sort(),
      shape: shape.name,
      seed,
    },
  );
}
