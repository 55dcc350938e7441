import type { LoadedDefinition } from '../../definition/load-definition.js';
import { DefinitionError } from '../../errors.js';
import { STYLES } from './style.js';

/**
 * The examples pass `style` to write_docstring; an operator definition that does not offer
 * exactly our three styles as an enum would make the model guess them.
 */
export function checkDocstringDefinition(def: LoadedDefinition): void {
  const field = 'tools (write_docstring).parameters.properties.style.enum';
  const props = def.tool('write_docstring')?.parameters.properties as Record<string, { enum?: unknown }> | undefined;
  const values = props?.style?.enum;
  if (!Array.isArray(values)) throw new DefinitionError(def.path, field, 'write_docstring needs a `style` parameter with enum [google, numpy, sphinx]');
  const missing = STYLES.filter((s) => !values.includes(s));
  if (missing.length) throw new DefinitionError(def.path, field, `the style enum lacks ${missing.join(', ')}`);
  if (!def.providersOf('read_current_docstring').includes('docstring_style')) {
    throw new DefinitionError(def.path, 'tools (read_current_docstring).context_providers', 'must list context/docstring_style.pym: the style reaches the model through it');
  }
}
