import { digest } from '../generate/digest.js';
import { rngFor } from '../generate/rng.js';
import { pyDumps } from '../pyjson/dumps.js';
import type { Message } from '../schema/conversation.js';

/**
 * The submit_result summary: one of the shape's templates with its placeholders filled. The
 * template is chosen by the seed and the conversation so far, so the same visible state always
 * gets the same words (a model cannot learn a coin flip), while different states read differently.
 */
export function summaryFor(templates: readonly string[], values: Readonly<Record<string, string | number>>, seed: number, transcript: readonly Message[]): string {
  const rng = rngFor(seed, 'summary', digest(pyDumps(transcript)));
  const template = templates[Math.floor(rng() * templates.length)];
  return template
    .replace(/\{([a-z_]+)\}/g, (_, name: string) => {
      if (!(name in values)) throw new Error(`summary placeholder {${name}} has no value`);
      return String(values[name]);
    })
    .replace(/\s+/g, ' ')
    .trim();
}
