import type { Style } from '../style.js';
import { GOOGLE_HEADER, parseGoogle } from './google.js';
import { numpySections, parseNumpy } from './numpy.js';
import type { ParsedDocstring, SectionParser } from './parsed.js';
import { SPHINX_FIELD, parseSphinx } from './sphinx.js';

export const PARSERS: Record<Style, SectionParser> = { google: parseGoogle, numpy: parseNumpy, sphinx: parseSphinx };

/**
 * The styles whose section markers appear in the text. A summary-only docstring shows none
 * (it reads the same in every style); more than one means a mixed, broken docstring.
 */
export function stylesPresent(text: string): Style[] {
  const lines = text.split('\n');
  const out: Style[] = [];
  if (lines.some((l) => GOOGLE_HEADER.test(l))) out.push('google');
  if (numpySections(lines).length > 0) out.push('numpy');
  if (lines.some((l) => SPHINX_FIELD.test(l))) out.push('sphinx');
  return out;
}

/** The docstring read in `style`, or null when it is written in another style (or mixed). */
export function parseInStyle(text: string, style: Style): ParsedDocstring | null {
  const present = stylesPresent(text);
  if (present.length > 1 || (present.length === 1 && present[0] !== style)) return null;
  return PARSERS[style](text);
}
