import { resolve } from 'node:path';
import { readExamples } from '../dataset/read-examples.js';
import { resolveInputs } from '../dataset/resolve-inputs.js';
import { DataError, TrajgenError } from '../errors.js';
import { renderConversation } from '../export/functiongemma/render.js';
import { toTemplateMessages } from '../export/to-template-messages.js';
import { displayPath } from '../paths.js';
import { CHARS_PER_TOKEN } from './approx-tokens.js';
import { DomainAccumulator } from './domain-accumulator.js';
import { NEAR_DUPLICATE_SIMILARITY } from './near-duplicates.js';
import type { StatsSummary } from './stats-summary.js';

/**
 * Reads every example once (streaming) and reports, per domain, what to check before training.
 * Lengths are of the text FunctionGemma trains on: the conversation rendered by its template
 * with the export's defaults.
 */
export async function collectStats(input: string, maxChars: number | null): Promise<StatsSummary> {
  const domains = new Map<string, DomainAccumulator>();
  for (const file of resolveInputs(input)) {
    const shown = displayPath(file.path);
    for await (const { line, example } of readExamples(file.path)) {
      let text: string;
      try {
        text = renderConversation(toTemplateMessages(example, { context: 'after', toolResponse: 'structured' }).messages, example.tools);
      } catch (e) {
        if (e instanceof TrajgenError || e instanceof SyntaxError) throw new DataError(shown, line, e.message);
        throw e;
      }
      const name = example.meta.domain;
      if (!domains.has(name)) domains.set(name, new DomainAccumulator(name, maxChars));
      domains.get(name)!.add(example, file.split, text, { file: shown, line });
    }
  }
  return {
    input: displayPath(resolve(input)),
    max_chars: maxChars,
    near_duplicate_similarity: NEAR_DUPLICATE_SIMILARITY,
    chars_per_token: CHARS_PER_TOKEN,
    domains: [...domains.values()].map((d) => d.result()),
  };
}
