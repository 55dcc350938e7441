import { createHash } from 'node:crypto';

/** A short fixed-size stand-in for a text, for sets that would otherwise hold whole files. */
export function digest(text: string): string {
  return createHash('sha1').update(text).digest('base64');
}
