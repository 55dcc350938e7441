import { emptyParsed, type ParsedDocstring } from './parsed.js';

export const SPHINX_FIELD = /^:(param|type|returns?|rtype|raises?|yields?|ytype)\b/;

/** Reads Sphinx field lists (`:param x:`, `:type x:`, `:returns:`, `:raises E:`, `:yields:`). */
export function parseSphinx(text: string): ParsedDocstring {
  const out = emptyParsed(text);
  const types = new Map<string, string>();
  for (const line of text.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^:param (?:(\S+) )?(\*{0,2}[A-Za-z_]\w*):/.exec(line))) {
      out.params.push({ name: m[2], type: m[1] ?? null });
    } else if ((m = /^:type (\*{0,2}[A-Za-z_]\w*): (.*)$/.exec(line))) types.set(m[1], m[2].replace(/, optional$/, ''));
    else if (/^:returns?:/.test(line)) out.returns = true;
    else if (/^:yields?:/.test(line)) out.yields = true;
    else if ((m = /^:raises? ([A-Za-z_][\w.]*):/.exec(line))) out.raises.push(m[1]);
  }
  out.params = out.params.map((p) => ({ name: p.name, type: p.type ?? types.get(p.name) ?? null }));
  return out;
}
