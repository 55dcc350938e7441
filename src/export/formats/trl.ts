import { pyDumps } from '../../pyjson/dumps.js';
import type { TrainingExample } from '../../schema/conversation.js';
import type { ExportOptions } from '../options.js';
import type { TrlMessagesRow, TrlPromptCompletionRow } from '../records.js';
import type { Converted } from '../to-template-messages.js';
import type { FormatResult } from './functiongemma.js';

/**
 * Rows for TRL's SFTTrainer: the messages exactly as the functiongemma export renders them
 * (so both routes train the same text), `tools` as a JSON string. SFTTrainer cannot mask
 * assistant turns with FunctionGemma's template, so a whole-conversation row trains on every
 * turn; --prompt-completion writes one row per learning target instead.
 */
export function trlRecords(example: TrainingExample, converted: Converted, options: ExportOptions): FormatResult {
  const tools = pyDumps(example.tools);
  if (!options.promptCompletion) {
    const row: TrlMessagesRow = { messages: converted.messages, tools };
    return { records: [row], problem: null };
  }
  const records: TrlPromptCompletionRow[] = example.meta.targets.map((t) => {
    const k = converted.turnIndex.get(t)!;
    return { prompt: converted.messages.slice(0, k), completion: [converted.messages[k]], tools };
  });
  return { records, problem: null };
}
