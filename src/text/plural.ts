// Irregular plurals the summaries need; everything else takes an -s.
const IRREGULAR: Record<string, string> = { fix: 'fixes', fixture: 'fixtures', class: 'classes', remains: 'remain', was: 'were', is: 'are', has: 'have' };

/** `1 issue`, `2 issues`, `1 fix`, `3 fixes`: the count with the word agreeing with it. */
export function counted(n: number, word: string): string {
  return `${n} ${n === 1 ? word : pluralOf(word)}`;
}

/** The word (or a verb in the third person) as it agrees with n: `remains`/`remain`. */
export function agree(n: number, word: string): string {
  return n === 1 ? word : pluralOf(word);
}

export function pluralOf(word: string): string {
  return IRREGULAR[word] ?? (/(s|x|ch|sh)$/.test(word) ? `${word}es` : `${word}s`);
}
