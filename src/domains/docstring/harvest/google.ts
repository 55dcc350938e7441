import { entries, NotHarvestable, prose, splitSummary, typeAndText, type HarvestedText } from './entry.js';

const HEADER = /^(Args|Arguments|Parameters|Keyword Args|Keyword Arguments|Returns|Return|Yields|Yield|Raises|Example|Examples|Note|Notes|Attributes|See Also|Todo|Warning|Warnings|References):\s*$/;

/** A Google-style docstring (napoleon's sections), read back. */
export function harvestGoogle(text: string): HarvestedText {
  const { summary, rest } = splitSummary(text);
  const sections = new Map<string, string[]>();
  const head: string[] = [];
  let current: string[] = head;
  for (const line of rest) {
    const h = HEADER.exec(line);
    if (h) {
      if (sections.has(h[1])) throw new NotHarvestable('a section that appears twice');
      current = [];
      sections.set(h[1], current);
    } else current.push(line);
  }
  const pick = (...names: string[]) => names.flatMap((n) => sections.get(n) ?? []);
  const params: Record<string, string> = {};
  for (const e of entries(pick('Args', 'Arguments', 'Parameters', 'Keyword Args', 'Keyword Arguments'))) {
    const m = /^(\*{0,2}[A-Za-z_]\w*)\s*(?:\([^)]*\))?\s*:\s*(\S.*)$/.exec(e);
    if (!m) throw new NotHarvestable('an Args entry that is not "name (type): description"');
    params[m[1]] = m[2];
  }
  // A Returns or Yields section is one description, however its lines are indented.
  const one = (names: string[]) => {
    const text = pick(...names).map((l) => l.trim()).filter(Boolean).join(' ');
    return text ? typeAndText(text) : null;
  };
  const returns = one(['Returns', 'Return']);
  const yields = one(['Yields', 'Yield']);
  const raises: Record<string, string> = {};
  for (const e of entries(pick('Raises'))) {
    const m = /^([A-Za-z_][\w.]*)\s*:\s*(\S.*)$/.exec(e);
    if (!m) throw new NotHarvestable('a Raises entry that is not "Exception: description"');
    raises[m[1]] = m[2];
  }
  return { summary, description: prose(head), params, returns: returns?.text ?? null, returnsType: returns?.type ?? null, yields: yields?.text ?? null, yieldsType: yields?.type ?? null, raises };
}
