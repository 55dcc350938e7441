import type { ShapeVocabulary } from '../../shapes/vocabulary.js';
import type { Action, Style } from './style.js';

/** What the model can know once it has read the docstring and the style. */
export interface DocstringSituation {
  action: Action;
  style: Style;
  /** The rules whose situation the current docstring shows. */
  problems: string[];
}

export const vocabulary: ShapeVocabulary<DocstringSituation> = {
  domain: 'docstring',
  steps: {
    read: { description: 'read_current_docstring; the [Context] names the project style', mistake: false, tools: ['read_current_docstring'] },
    hints: { description: 'read_type_hints, for the annotations as written', mistake: false, tools: ['read_type_hints'] },
    write: { description: 'write_docstring with the complete docstring in the project style', mistake: false, tools: ['write_docstring'] },
  },
  predicates: {
    missing: { description: 'the function or class has no docstring', holds: (s) => s.action === 'added' },
    inadequate: { description: 'it has a docstring that is stale, incomplete or in another style', holds: (s) => s.action === 'updated' },
    adequate: { description: 'its docstring is already adequate in the project style', holds: (s) => s.action === 'skipped' },
    'wrong-style': { description: 'the docstring is written in another convention', holds: (s) => s.problems.includes('wrong-style') },
  },
  placeholders: ['name', 'style', 'documents', 'fixes'],
};
