const SIMPLE: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

export class UnsupportedString extends Error {}

/**
 * The value of a Python str literal as tree-sitter gives its text (prefix, quotes, body), so
 * that read_current_docstring reports what Python itself would hold. Bytes and f-strings are
 * never docstrings; the caller checks the prefix first.
 */
export function pythonStringValue(literal: string): string {
  const m = /^([rRuU]?)('''|"""|'|")([\s\S]*)\2$/.exec(literal);
  if (!m) throw new UnsupportedString(`not a plain str literal: ${literal.slice(0, 40)}`);
  const [, prefix, , body] = m;
  // Python reads source with universal newlines.
  const text = body.replace(/\r\n?/g, '\n');
  if (prefix.toLowerCase() === 'r') return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[++i];
    if (next === undefined) throw new UnsupportedString('string ends with a backslash');
    if (next === '\n') continue;
    if (next in SIMPLE) out += SIMPLE[next];
    else if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(text.slice(i))![0];
      out += String.fromCodePoint(parseInt(oct, 8));
      i += oct.length - 1;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const width = { x: 2, u: 4, U: 8 }[next];
      const hex = text.slice(i + 1, i + 1 + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) throw new UnsupportedString(`bad \\${next} escape`);
      out += String.fromCodePoint(parseInt(hex, 16));
      i += width;
    } else if (next === 'N') throw new UnsupportedString('\\N{...} escapes are not supported');
    else out += `\\${next}`; // Python keeps an unknown escape as written
  }
  return out;
}

/**
 * The docstring text as a `"""` literal body that Python reads back (after cleandoc) as
 * exactly `text`: backslashes doubled, a `"""` run or a closing quote escaped.
 */
export function tripleQuotedBody(text: string): string {
  let body = text.replace(/\\/g, '\\\\').replace(/"""/g, '\\"\\"\\"');
  if (body.endsWith('"')) body = `${body.slice(0, -1)}\\"`;
  return body;
}
