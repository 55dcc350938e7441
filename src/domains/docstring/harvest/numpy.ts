import { NotHarvestable, prose, splitSummary, type HarvestedText } from './entry.js';

/** numpydoc sections: a title line underlined with dashes; entries `name : type` with the text indented below. */
function sections(lines: readonly string[]): { head: string[]; sections: Map<string, string[]> } {
  const out = new Map<string, string[]>();
  const head: string[] = [];
  let current = head;
  for (let i = 0; i < lines.length; i++) {
    const title = lines[i].trim();
    if (title && /^-{3,}$/.test(lines[i + 1]?.trim() ?? '') && !lines[i].startsWith(' ')) {
      current = [];
      out.set(title, current);
      i++;
    } else current.push(lines[i]);
  }
  return { head, sections: out };
}

/** Entries of a numpy section: an unindented head line, then its indented description. */
function items(lines: readonly string[]): { head: string; text: string }[] {
  const out: { head: string; text: string[] }[] = [];
  for (const l of lines) {
    if (l.trim() === '') continue;
    if (!l.startsWith(' ')) out.push({ head: l.trim(), text: [] });
    else if (out.length) out[out.length - 1].text.push(l.trim());
    else throw new NotHarvestable('a numpy section that is not a list of entries');
  }
  return out.map((e) => ({ head: e.head, text: e.text.join(' ') }));
}

/** A numpydoc docstring, read back. */
export function harvestNumpy(text: string): HarvestedText {
  const { summary, rest } = splitSummary(text);
  const { head, sections: s } = sections(rest);
  const params: Record<string, string> = {};
  for (const e of items([...(s.get('Parameters') ?? []), ...(s.get('Other Parameters') ?? [])])) {
    const m = /^(\*{0,2}[A-Za-z_]\w*)(\s*:.*)?$/.exec(e.head);
    if (!m) throw new NotHarvestable('a Parameters entry that names several parameters or none');
    if (!e.text) throw new NotHarvestable('a parameter without a description');
    params[m[1]] = e.text;
  }
  const one = (title: string) => {
    const es = items(s.get(title) ?? []);
    if (es.length > 1) throw new NotHarvestable('a Returns or Yields section with several values');
    if (!es.length) return null;
    if (!es[0].text) throw new NotHarvestable('a Returns or Yields section without a description');
    // `name : type` or just `type`.
    const typed = /^\w+\s*:\s*(.+)$/.exec(es[0].head);
    return { type: typed ? typed[1] : es[0].head, text: es[0].text };
  };
  const returns = one('Returns');
  const yields = one('Yields');
  const raises: Record<string, string> = {};
  for (const e of items(s.get('Raises') ?? [])) {
    if (!/^[A-Za-z_][\w.]*$/.test(e.head) || !e.text) throw new NotHarvestable('a Raises entry that is not one exception with a description');
    raises[e.head] = e.text;
  }
  return { summary, description: prose(head), params, returns: returns?.text ?? null, returnsType: returns?.type ?? null, yields: yields?.text ?? null, yieldsType: yields?.type ?? null, raises };
}
