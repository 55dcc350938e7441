import type { LoadedDefinition } from '../../definition/load-definition.js';
import type { Rng } from '../../generate/rng.js';
import { Session } from '../../record/session.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { DocModel } from './model.js';
import { renderDocstring } from './render/render.js';
import type { DocstringRule } from './rule.js';
import { problemsOf } from './rules.js';
import type { Shape } from './shapes.js';
import type { Action, Style } from './style.js';
import { submitSummary } from './summary-text.js';
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
  rules: readonly DocstringRule[];
  tags: string[];
  seed: number;
}

export class PolicyMismatch extends Error {}

/** The model's types must be what read_type_hints reports, or the docstring would lie. */
function checkAgainstHints(model: DocModel, hints: TypeHints): void {
  for (const p of model.params) {
    const h = hints.parameters.find((x) => x.name === p.name);
    if (!h || h.annotation !== p.type) throw new PolicyMismatch(`${p.name}: documented type ${p.type} but read_type_hints says ${h?.annotation}`);
  }
}

/**
 * Plays a shape the way an agent would: read the docstring (the [Context] gives the style),
 * decide from what it read whether it is adequate, and write the canonical docstring in that
 * style otherwise. Throws PolicyMismatch when the shape's decision is not what the code calls for.
 */
export function playShape(s: DocstringScenario, shape: Shape, rng: Rng): { example: TrainingExample; action: Action; problems: string[] } {
  const ws = new DocstringWorkspace(s.code, s.qualname, s.filePath);
  const node = ws.node();
  const { tools, providers } = docstringTools(ws, s.style);
  const session = new Session({ definition: s.definition, node, tools, providers });
  let action: Action | null = null;
  let problems: string[] = [];
  let written: string | null = null;
  for (const step of shape.steps) {
    if (step === 'read') {
      const reading = session.call<DocstringReading>('read_current_docstring', {});
      if (written !== null) {
        if (reading.docstring !== written) throw new Error(`${s.qualname}: the docstring read back differs from the one written`);
        continue;
      }
      problems = reading.has_docstring ? problemsOf(s.rules, ws.site(), s.style) : ['missing-docstring'];
      action = problems.length === 0 ? 'skipped' : reading.has_docstring && !problems.includes('missing-docstring') ? 'updated' : 'added';
      if ((action === 'skipped') !== (shape.decision === 'skip')) throw new PolicyMismatch(`${shape.name} does not fit a docstring that is ${action}`);
    } else if (step === 'hints') {
      checkAgainstHints(s.model, session.call<TypeHints>('read_type_hints', {}));
    } else {
      written = renderDocstring(s.model, s.style);
      session.call('write_docstring', { docstring: written, style: s.style });
    }
  }
  if (action === null) throw new Error(`shape ${shape.name} never reads the docstring`);
  const example = session.submit(
    {
      summary: submitSummary(rng, action, s.qualname, s.style, s.model, problems),
      action,
      changed_files: written === null ? [] : [s.filePath],
    },
    {
      domain: 'docstring',
      fixture: s.filePath,
      node_id: node.node_id,
      rules: action === 'skipped' ? ['adequate-docstring'] : [...problems].sort(),
      tags: [...s.tags, s.style, action],
      shape: shape.name,
      seed: s.seed,
    },
  );
  return { example, action, problems };
}
