import { TrajgenError } from '../errors.js';
import type { ExportOptions } from './options.js';

/** Flag combinations that have no meaning, named with the flag to change. */
export function checkExportOptions(o: ExportOptions): void {
  if (o.singleSequence && o.format !== 'functiongemma') throw new TrajgenError(`--single-sequence applies to --format functiongemma only, got --format ${o.format}`, ['Drop --single-sequence, or use --format functiongemma.']);
  if (o.promptCompletion && o.format !== 'trl') throw new TrajgenError(`--prompt-completion applies to --format trl only, got --format ${o.format}`, ['For functiongemma, pairs are the default; for openai, non-target turns get weight 0.']);
  if (o.format === 'openai' && o.context === 'before') {
    throw new TrajgenError('--context before cannot be written in the openai format: a tool result must directly follow its call there', ['Use --context after (the default) or --context drop.']);
  }
}
