import type { DocModel } from '../model.js';
import { headLines, wrap } from './wrap.js';

const I = '    ';

/** Sphinx field lists: `:param x:` / `:type x:`, `:returns:` / `:rtype:`, `:yields:`, `:raises E:`. */
export function renderSphinx(m: DocModel): string {
  const out = headLines(m.summary, m.description);
  const fields: string[] = [];
  for (const p of m.params) {
    const name = p.name.replace(/^\*+/, '');
    fields.push(...wrap(`:param ${name}: `, p.description, I));
    if (p.type !== null) fields.push(`:type ${name}: ${p.type}${p.optional ? ', optional' : ''}`);
  }
  if (m.returns) {
    fields.push(...wrap(':returns: ', m.returns.description, I));
    if (m.returns.type !== null) fields.push(`:rtype: ${m.returns.type}`);
  }
  if (m.yields) fields.push(...wrap(':yields: ', m.yields.description, I));
  for (const r of m.raises) fields.push(...wrap(`:raises ${r.exception}: `, r.description, I));
  if (fields.length) out.push('', ...fields);
  return out.join('\n');
}
