import { Command } from '@oclif/core';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import type { Summary } from '../generate/summary.js';

export default class Lint extends Command {
  static override description = 'Write lint conversations: run ruff-equivalent checks on a whole file, apply safe fixes, report the rest. Writes <out>/lint/train.jsonl and eval.jsonl.';

  static override examples = [
    '<%= config.bin %> lint',
    '<%= config.bin %> lint --count 200 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> lint --fixtures my_fixtures/ --strict --json',
  ];

  static override enableJsonFlag = true;

  static override flags = generateFlags({ name: 'lint', count: 200, fixtures: 'fixtures/lint' });

  async run(): Promise<Summary> {
    const { flags } = await this.parse(Lint);
    return runDomain(this, 'lint', flags);
  }
}
