/**
 * A repr as test source, with string literals in double quotes as formatters write them
 * (`['a', 'b']` -> `["a", "b"]`). The value is the same; only the quoting differs. The repr is
 * read string token by string token, so quotes inside a string (`"''"`) are never touched, and
 * a string holding a quote or a backslash keeps its own quoting.
 */
export function reprToSource(repr: string): string {
  let out = '';
  for (let i = 0; i < repr.length; ) {
    const q = repr[i];
    if (q !== "'" && q !== '"') {
      out += q;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < repr.length && repr[j] !== q) j += repr[j] === '\\' ? 2 : 1;
    const token = repr.slice(i, j + 1);
    const body = token.slice(1, -1);
    out += q === "'" && !/['"\\]/.test(body) ? `"${body}"` : token;
    i = j + 1;
  }
  return out;
}

/** A Python double-quoted string literal for plain text (no quotes, backslashes or newlines). */
export function pyStringLiteral(text: string): string | null {
  return /^[^"\\\n]*$/.test(text) ? `"${text}"` : null;
}

const REGEX_META = /[.^$*+?{}[\]\\|()]/;

/** The message as a `match=` pattern that matches itself literally, or null when it would need escaping. */
export function literalMatch(message: string): string | null {
  if (message === '' || REGEX_META.test(message) || pyStringLiteral(message) === null) return null;
  return message;
}

/** `Account` -> `account`, `HTTPClient` -> `http_client`. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}
