import { pick, type Rng } from '../../generate/rng.js';
import type { DocModel } from './model.js';
import type { LoadedDocstringRule } from './rules.js';
import type { Style } from './style.js';

const STYLE_NAME: Record<Style, string> = { google: 'Google', numpy: 'NumPy', sphinx: 'Sphinx' };

function list(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** `, documenting its 2 parameters and the return value`, or nothing when there is nothing to list. */
function documents(model: DocModel): string {
  const parts: string[] = [];
  if (model.params.length) parts.push(model.params.length === 1 ? `its parameter ${model.params[0].name}` : `its ${model.params.length} parameters`);
  if (model.returns) parts.push('the return value');
  if (model.yields) parts.push('what it yields');
  if (model.raises.length) parts.push(list(model.raises.map((r) => r.exception)));
  return parts.length ? `, documenting ${list(parts)}` : '';
}

/** The placeholders of the docstring summaries; per-rule wording comes from each rule's meta.fixed. */
export function summaryValues(rng: Rng, rules: readonly LoadedDocstringRule[], name: string, style: Style, model: DocModel, problems: readonly string[]): Record<string, string> {
  const fixes = problems.map((p) => pick(rng, rules.find((r) => r.meta.id === p)?.meta.fixed ?? ['fixed it']).replace('{style}', STYLE_NAME[style]));
  return { name, style: STYLE_NAME[style], documents: documents(model), fixes: list(fixes) };
}
