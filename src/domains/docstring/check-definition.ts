import type { LoadedDefinition } from '../../definition/load-definition.js';
import { DefinitionError } from '../../errors.js';
import { STYLES, type Style } from './style.js';

/** DESIGN's default when no style is configured. */
export const DEFAULT_STYLE: Style = 'google';

/**
 * The styles the examples may use with this definition. write_docstring needs a `style`
 * argument (an enum, if there is one, must offer all three styles). The style reaches the model
 * through the docstring_style [Context]; when the definition shows it only after the write (or
 * never), the agent cannot choose by it, so every example uses the default, and says so once.
 */
export function stylesFor(def: LoadedDefinition, warn: (msg: string) => void): readonly Style[] {
  const field = 'tools (write_docstring).parameters.properties.style';
  const props = def.tool('write_docstring')?.parameters.properties as Record<string, { enum?: unknown }> | undefined;
  if (!props?.style) throw new DefinitionError(def.path, field, 'write_docstring needs a `style` parameter: the examples pass the style they write in');
  const values = props.style.enum;
  if (Array.isArray(values)) {
    const missing = STYLES.filter((s) => !values.includes(s));
    if (missing.length) throw new DefinitionError(def.path, `${field}.enum`, `the style enum lacks ${missing.join(', ')}`);
  }
  if (def.providersOf('read_current_docstring').includes('docstring_style')) return STYLES;
  const where = def.definition.tools.find((t) => def.providersOf(t.name).includes('docstring_style'))?.name;
  warn(`${def.path}: docstring_style ${where ? `comes only after ${where}` : 'is attached to no tool'}, so the agent cannot read the style before writing: every example uses the default style, ${DEFAULT_STYLE}`);
  return [DEFAULT_STYLE];
}
