import { Args, Flags } from '@oclif/core';
import { TrajgenCommand } from '../cli/trajgen-command.js';
import { FlagError } from '../errors.js';
import { renderStats } from '../cli/render-stats.js';
import { collectStats } from '../stats/collect-stats.js';
import type { StatsSummary } from '../stats/stats-summary.js';

export default class Stats extends TrajgenCommand {
  static override description =
    'What to check before training: examples per split, shape and rule mix, calls per example, rendered length in characters and approximate tokens, the longest example, distinct node code, near-duplicates, train/eval overlap and examples over --max-chars.';

  static override examples = ['<%= config.bin %> stats examples', '<%= config.bin %> stats examples/lint --max-chars 8000', '<%= config.bin %> stats examples --json'];


  static override args = {
    input: Args.string({ description: 'A generate output folder (examples), a domain folder (examples/lint) or one JSONL file.', required: true }),
  };

  static override flags = {
    'max-chars': Flags.custom<number>({
      description: 'List the examples whose rendered FunctionGemma text is longer than this many characters.',
      parse: async (input) => {
        if (!/^\d+$/.test(input.trim()) || Number(input) < 1) throw new FlagError(`--max-chars must be a whole number of at least 1, got "${input}"`);
        return Number(input);
      },
    })(),
  };

  async run(): Promise<StatsSummary> {
    const { args, flags } = await this.parse(Stats);
    const stats = await collectStats(args.input, flags['max-chars'] ?? null);
    if (!this.jsonEnabled()) this.log(renderStats(stats));
    return stats;
  }
}
