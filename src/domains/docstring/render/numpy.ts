import type { DocModel } from '../model.js';
import { headLines, wrap } from './wrap.js';

const I = '    ';

function section(title: string): string[] {
  return ['', title, '-'.repeat(title.length)];
}

/** numpydoc style: underlined section titles, `name : type` lines, descriptions indented below. */
export function renderNumpy(m: DocModel): string {
  const out = headLines(m.summary, m.description);
  if (m.params.length) {
    out.push(...section('Parameters'));
    for (const p of m.params) {
      const type = p.type === null ? '' : ` : ${p.type}${p.optional ? ', optional' : ''}`;
      out.push(`${p.name}${type}`, ...wrap(I, p.description, I));
    }
  }
  for (const [title, value] of [['Returns', m.returns], ['Yields', m.yields]] as const) {
    if (!value) continue;
    out.push(...section(title));
    // numpydoc requires the type line; the sidecar supplies it where the code has no annotation.
    if (value.type === null) throw new Error(`numpy style needs a type for the ${title} section of "${m.summary}"`);
    out.push(value.type, ...wrap(I, value.description, I));
  }
  if (m.raises.length) {
    out.push(...section('Raises'));
    for (const r of m.raises) out.push(r.exception, ...wrap(I, r.description, I));
  }
  return out.join('\n');
}
