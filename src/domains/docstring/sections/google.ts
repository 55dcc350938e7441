import { emptyParsed, type ParsedDocstring } from './parsed.js';

export const GOOGLE_HEADER = /^(Args|Arguments|Parameters|Keyword Args|Returns|Return|Yields|Yield|Raises):\s*$/;
const ENTRY = /^ {4}(\S.*)$/;

/** Reads `Args:`-style sections: entries at one indent level, continuation lines deeper. */
export function parseGoogle(text: string): ParsedDocstring {
  const out = emptyParsed(text);
  let section: string | null = null;
  for (const line of text.split('\n')) {
    const header = GOOGLE_HEADER.exec(line);
    if (header) {
      section = header[1];
      if (section === 'Returns' || section === 'Return') out.returns = true;
      if (section === 'Yields' || section === 'Yield') out.yields = true;
      continue;
    }
    if (line !== '' && !line.startsWith(' ')) section = null;
    const entry = ENTRY.exec(line);
    if (!section || !entry) continue;
    if (section === 'Args' || section === 'Arguments' || section === 'Parameters' || section === 'Keyword Args') {
      const m = /^(\*{0,2}[A-Za-z_]\w*)(?: \((.*)\))?:/.exec(entry[1]);
      if (m) out.params.push({ name: m[1], type: m[2]?.replace(/, optional$/, '') ?? null });
    } else if (section === 'Raises') {
      const m = /^([A-Za-z_][\w.]*):/.exec(entry[1]);
      if (m) out.raises.push(m[1]);
    }
  }
  return out;
}
