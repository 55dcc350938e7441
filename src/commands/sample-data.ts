import { TrajgenCommand } from '../cli/trajgen-command.js';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import type { Summary } from '../generate/summary.js';
import { domainInfo } from '../domains/catalog.js';

export default class SampleData extends TrajgenCommand {
  static override description = `${domainInfo('sample-data').summary} Writes <out>/sample-data/train.jsonl and eval.jsonl.`;

  static override examples = [
    '<%= config.bin %> sample-data',
    '<%= config.bin %> sample-data --count 100 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> sample-data --fixtures my_fixtures/ --strict --json',
  ];


  static override flags = generateFlags(domainInfo('sample-data'));

  async run(): Promise<Summary> {
    const { flags } = await this.parse(SampleData);
    return runDomain(this, 'sample-data', flags);
  }
}
