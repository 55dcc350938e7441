import { pick, type Rng } from '../../generate/rng.js';
import type { DocModel } from './model.js';
import type { Style } from './style.js';

const STYLE_NAME: Record<Style, string> = { google: 'Google', numpy: 'NumPy', sphinx: 'Sphinx' };

// How a person would say what fixing each situation took.
const FIXED: Record<string, string[]> = {
  'wrong-style': ['rewrote it in {style} style', 'converted it to the {style} convention'],
  'stale-parameters': ['brought the parameter list in line with the signature', 'documented the parameters as they are now named'],
  'missing-raises': ['listed the exceptions it raises', 'added the missing Raises section'],
  'missing-returns': ['documented the return value', 'corrected the Returns section'],
  'returns-instead-of-yields': ['described what it yields in a Yields section', 'replaced the Returns section with Yields'],
  'missing-docstring': ['wrote the missing docstring'],
};

function documents(model: DocModel): string {
  const parts: string[] = [];
  if (model.params.length) parts.push(model.params.length === 1 ? `its parameter ${model.params[0].name}` : `its ${model.params.length} parameters`);
  if (model.returns) parts.push('the return value');
  if (model.yields) parts.push('what it yields');
  if (model.raises.length) parts.push(model.raises.map((r) => r.exception).join(' and '));
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `, documenting ${list}`;
}

export function submitSummary(rng: Rng, action: 'added' | 'updated' | 'skipped', name: string, style: Style, model: DocModel, problems: string[]): string {
  const s = STYLE_NAME[style];
  if (action === 'added') {
    return pick(rng, [`Added a ${s}-style docstring to ${name}${documents(model)}.`, `${name} had no docstring; wrote one in ${s} style${documents(model)}.`]);
  }
  if (action === 'skipped') {
    return pick(rng, [`${name} already has a complete ${s}-style docstring; nothing to change.`, `The docstring of ${name} is already adequate in ${s} style, so it was left as is.`]);
  }
  const fixes = problems.map((p) => pick(rng, FIXED[p] ?? ['fixed it']).replace('{style}', s));
  const list = fixes.length === 1 ? fixes[0] : `${fixes.slice(0, -1).join(', ')} and ${fixes[fixes.length - 1]}`;
  return pick(rng, [`Updated the docstring of ${name}: ${list}.`, `Rewrote the stale docstring of ${name} (${list}).`]);
}
