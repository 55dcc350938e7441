import { pyDumps } from '../pyjson/dumps.js';
import { checkExample } from '../record/check-example.js';
import type { TrainingExample } from '../schema/conversation.js';

/** What the run's summary counts of an example. */
export interface RecordFacts {
  shape: string;
  rules: string[];
  tags: string[];
  assistantTurns: number;
  targets: number;
}

/**
 * An example ready to write: checked, serialised as Python's json.dumps writes it, and its
 * facts read off. A lane worker makes it where the example is made, so the main thread, which
 * also merges every lane, neither parses the line back nor checks and serialises it again.
 */
export interface ReadyRecord {
  line: string;
  facts: RecordFacts;
}

export function readyRecord(example: TrainingExample, domainName: string, validate: boolean): ReadyRecord {
  if (validate) {
    const problems = checkExample(example);
    if (problems.length) throw new Error(`trajgen produced a malformed ${domainName} example (${example.meta.fixture}): ${problems[0]}`);
  }
  const { meta, messages } = example;
  return {
    line: pyDumps(example),
    facts: { shape: meta.shape, rules: meta.rules, tags: meta.tags, assistantTurns: messages.filter((m) => m.role === 'assistant').length, targets: meta.targets.length },
  };
}
