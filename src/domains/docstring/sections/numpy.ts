import { emptyParsed, type ParsedDocstring } from './parsed.js';

export const NUMPY_TITLES = ['Parameters', 'Other Parameters', 'Returns', 'Yields', 'Raises', 'Attributes'];

/** Index of each `Title` line that is underlined with dashes of its own length. */
export function numpySections(lines: string[]): { title: string; line: number }[] {
  const out: { title: string; line: number }[] = [];
  lines.forEach((l, i) => {
    const under = lines[i + 1];
    if (NUMPY_TITLES.includes(l.trim()) && under !== undefined && /^\s*-{3,}\s*$/.test(under) && under.trim().length === l.trim().length) out.push({ title: l.trim(), line: i });
  });
  return out;
}

/** Reads numpydoc sections: unindented `name : type` lines, descriptions indented below. */
export function parseNumpy(text: string): ParsedDocstring {
  const out = emptyParsed(text);
  const lines = text.split('\n');
  const sections = numpySections(lines);
  sections.forEach((s, k) => {
    const end = k + 1 < sections.length ? sections[k + 1].line : lines.length;
    const entries = lines.slice(s.line + 2, end).filter((l) => l !== '' && !l.startsWith(' '));
    if (s.title === 'Parameters' || s.title === 'Other Parameters') {
      for (const e of entries) {
        const m = /^(\*{0,2}[A-Za-z_]\w*)(?:\s*:\s*(.*))?$/.exec(e);
        if (m) out.params.push({ name: m[1], type: m[2]?.replace(/, optional$/, '') ?? null });
      }
    } else if (s.title === 'Returns') out.returns = true;
    else if (s.title === 'Yields') out.yields = true;
    else if (s.title === 'Raises') out.raises.push(...entries.map((e) => e.trim()));
  });
  return out;
}
