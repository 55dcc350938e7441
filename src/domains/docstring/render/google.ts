import type { DocModel } from '../model.js';
import { headLines, wrap } from './wrap.js';

const I = '    ';

function typed(type: string | null, optional: boolean): string {
  if (type === null) return '';
  return optional ? ` (${type}, optional)` : ` (${type})`;
}

/** Google style (as napoleon reads it): `Args:` / `Returns:` / `Yields:` / `Raises:` blocks. */
export function renderGoogle(m: DocModel): string {
  const out = headLines(m.summary, m.description);
  if (m.params.length) {
    out.push('', 'Args:');
    for (const p of m.params) out.push(...wrap(`${I}${p.name}${typed(p.type, p.optional)}: `, p.description, I + I));
  }
  if (m.returns) {
    out.push('', 'Returns:');
    out.push(...wrap(`${I}${m.returns.type === null ? '' : `${m.returns.type}: `}`, m.returns.description, I + I));
  }
  if (m.yields) {
    out.push('', 'Yields:');
    out.push(...wrap(`${I}${m.yields.type === null ? '' : `${m.yields.type}: `}`, m.yields.description, I + I));
  }
  if (m.raises.length) {
    out.push('', 'Raises:');
    for (const r of m.raises) out.push(...wrap(`${I}${r.exception}: `, r.description, I + I));
  }
  return out.join('\n');
}
