import { TrajgenCommand } from '../cli/trajgen-command.js';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import { maxLinesFlag } from '../cli/flags.js';
import type { Summary } from '../generate/summary.js';
import { domainInfo } from '../domains/catalog.js';

export default class Lint extends TrajgenCommand {
  static override description = `${domainInfo('lint').summary} Writes <out>/lint/train.jsonl and eval.jsonl.`;

  static override examples = [
    '<%= config.bin %> lint',
    '<%= config.bin %> lint --count 200 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> lint --fixtures my_fixtures/ --strict --json',
    '<%= config.bin %> lint --fixtures ~/src/myproject --max-lines 80',
  ];


  static override flags = { ...generateFlags(domainInfo('lint')), 'max-lines': maxLinesFlag };

  async run(): Promise<Summary> {
    const { flags } = await this.parse(Lint);
    return runDomain(this, 'lint', flags);
  }
}
