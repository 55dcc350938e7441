import type { DocModel } from '../model.js';
import type { Style } from '../style.js';
import { renderGoogle } from './google.js';
import { renderNumpy } from './numpy.js';
import { renderSphinx } from './sphinx.js';

const RENDERERS: Record<Style, (m: DocModel) => string> = { google: renderGoogle, numpy: renderNumpy, sphinx: renderSphinx };

/** The docstring text (no quotes, no file indentation) of a model in one style. */
export function renderDocstring(model: DocModel, style: Style): string {
  return RENDERERS[style](model);
}
