import { parseInStyle, PARSERS, stylesPresent } from './sections/detect-style.js';
import type { ParsedDocstring } from './sections/parsed.js';
import type { DocSite } from './site.js';
import type { Style } from './style.js';

/**
 * The existing docstring read in the style it is written in (the configured one when it
 * shows no style, i.e. a summary only). Null when there is none or it mixes styles.
 */
export function readExisting(site: DocSite, style: Style): ParsedDocstring | null {
  if (!site.docstring) return null;
  const present = stylesPresent(site.docstring.text);
  if (present.length > 1) return null;
  return present.length === 1 ? PARSERS[present[0]](site.docstring.text) : parseInStyle(site.docstring.text, style);
}

const bare = (name: string) => name.replace(/^\*+/, '');

/** Parameters the signature has but the docstring lacks, and the reverse (names without stars). */
export function paramGap(site: DocSite, doc: ParsedDocstring): { missing: string[]; extra: string[] } {
  const want = site.documented.map((p) => bare(p.name));
  const have = doc.params.map((p) => bare(p.name));
  return { missing: want.filter((n) => !have.includes(n)), extra: have.filter((n) => !want.includes(n)) };
}

export function raisesGap(site: DocSite, doc: ParsedDocstring): { missing: string[]; extra: string[] } {
  return { missing: site.raises.filter((e) => !doc.raises.includes(e)), extra: doc.raises.filter((e) => !site.raises.includes(e)) };
}

/** A value-returning function needs a Returns section; a generator documents Yields instead. */
export function returnsMismatch(site: DocSite, doc: ParsedDocstring): boolean {
  return !site.generator && site.returnsValue !== doc.returns;
}

export function yieldsMismatch(site: DocSite, doc: ParsedDocstring): boolean {
  return site.generator ? doc.returns || !doc.yields : doc.yields;
}

/** Adequate: written in exactly `style` (or a summary that needs nothing more) and complete. */
export function isAdequate(site: DocSite, style: Style): boolean {
  if (!site.docstring || site.docstring.text.trim() === '') return false;
  const doc = parseInStyle(site.docstring.text, style);
  if (!doc) return false;
  const p = paramGap(site, doc);
  const r = raisesGap(site, doc);
  const names = doc.params.map((x) => x.name);
  return p.missing.length + p.extra.length + r.missing.length + r.extra.length === 0 && new Set(names).size === names.length && !returnsMismatch(site, doc) && !yieldsMismatch(site, doc);
}
