import { CONTROL_TOKEN_PATTERN } from '../export/functiongemma/tokens.js';

const CONTROL = new RegExp(CONTROL_TOKEN_PATTERN.source, 'g');

/** Characters per token assumed for text that is not a control token (Gemma's tokenizer on code and English). */
export const CHARS_PER_TOKEN = 4;

/**
 * An approximate token count without the tokenizer (not available offline): each control token
 * is one token, the other characters count one token per CHARS_PER_TOKEN.
 */
export function approxTokens(text: string): number {
  let controls = 0;
  let controlChars = 0;
  for (const m of text.matchAll(CONTROL)) {
    controls++;
    controlChars += m[0].length;
  }
  return controls + Math.ceil((text.length - controlChars) / CHARS_PER_TOKEN);
}
