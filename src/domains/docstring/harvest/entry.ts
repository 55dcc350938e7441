/** What a docstring says, read back into the fields a curated sidecar entry has. */
export interface HarvestedText {
  summary: string;
  description: string | null;
  /** By the name as the signature has it (`*args` even where sphinx writes `args`). */
  params: Record<string, string>;
  returns: string | null;
  /** The type the docstring states for the return value, where it states one. */
  returnsType: string | null;
  yields: string | null;
  yieldsType: string | null;
  raises: Record<string, string>;
}

/** A docstring that cannot be read faithfully; the reason is counted in the summary. */
export class NotHarvestable extends Error {}

/** Lines of a section body: each entry's first line and its (deeper indented) continuation, joined. */
export function entries(lines: readonly string[]): string[] {
  const body = lines.filter((l) => l.trim() !== '');
  if (!body.length) return [];
  const base = Math.min(...body.map((l) => /^ */.exec(l)![0].length));
  const out: string[] = [];
  for (const l of body) {
    const indent = /^ */.exec(l)![0].length;
    if (indent <= base || !out.length) out.push(l.trim());
    else out[out.length - 1] += ` ${l.trim()}`;
  }
  return out;
}

/** One paragraph of prose, or null when the text holds what a re-wrapped paragraph would break. */
export function prose(lines: readonly string[]): string | null {
  const text = lines.join('\n').trim();
  if (!text) return null;
  // Examples, literal blocks, lists and markup do not survive being wrapped as one paragraph.
  if (/>>>|::|^\s*[-*+] |^\s*\d+\. |^ {2,}\S|^\.\. /m.test(text)) return null;
  return text.replace(/\s+/g, ' ');
}

/** The summary (the first paragraph, one line) and the lines after it. */
export function splitSummary(text: string): { summary: string; rest: string[] } {
  const lines = text.split('\n');
  const end = lines.findIndex((l) => l.trim() === '');
  const first = (end < 0 ? lines : lines.slice(0, end)).map((l) => l.trim());
  if (first.length !== 1) throw new NotHarvestable('its summary does not fit on one line');
  return { summary: first[0], rest: end < 0 ? [] : lines.slice(end + 1) };
}

/** `Returns:` text `bool: True when...` states its type before the colon; prose does not. */
export function typeAndText(entry: string): { type: string | null; text: string } {
  const m = /^([\w.[\], |]+?)\s*:\s+(\S.*)$/.exec(entry);
  if (m && !/\s/.test(m[1].replace(/,\s|\s\|\s/g, ''))) return { type: m[1], text: m[2] };
  return { type: null, text: entry };
}
