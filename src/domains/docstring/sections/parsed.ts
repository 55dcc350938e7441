import type { Style } from '../style.js';

/** What a docstring documents, read back from its text in one style. */
export interface ParsedDocstring {
  summary: string;
  /** As the docstring names them (`*args` in google/numpy, `args` in sphinx). */
  params: { name: string; type: string | null }[];
  returns: boolean;
  yields: boolean;
  raises: string[];
}

export type SectionParser = (text: string) => ParsedDocstring;

export function emptyParsed(text: string): ParsedDocstring {
  return { summary: text.split('\n')[0] ?? '', params: [], returns: false, yields: false, raises: [] };
}

export type { Style };
