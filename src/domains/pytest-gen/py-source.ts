// Single-quoted string literals without quotes or backslashes inside; a repr writes strings
// that contain a single quote with double quotes, so those are never matched here.
const SIMPLE_SINGLE = /'([^'"\\\n]*)'/g;

/**
 * A repr as test source, with string literals in double quotes as formatters write them
 * (`['a', 'b']` -> `["a", "b"]`). The value is the same; only the quoting differs.
 */
export function reprToSource(repr: string): string {
  return repr.replace(SIMPLE_SINGLE, '"$1"');
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
