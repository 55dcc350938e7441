/** `emails` -> `email`, `addresses` -> `address`, `entries` -> `entry`: the name of one item. */
export function singular(name: string): string {
  if (/ies$/.test(name)) return name.replace(/ies$/, 'y');
  if (/(ss|x|ch|sh)es$/.test(name)) return name.replace(/es$/, '');
  if (/[^s]s$/.test(name)) return name.slice(0, -1);
  return name;
}

/** Words of a snake_case or camelCase name, lower-cased: `max_length` -> [max, length]. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The first entry whose pattern matches the name (patterns test the whole lower-cased name). */
export function byName<T>(name: string, table: readonly (readonly [RegExp, T])[]): T | undefined {
  const lower = name.toLowerCase();
  return table.find(([re]) => re.test(lower))?.[1];
}
