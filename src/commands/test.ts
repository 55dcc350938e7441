import { TrajgenCommand } from '../cli/trajgen-command.js';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import type { Summary } from '../generate/summary.js';
import { domainInfo } from '../domains/catalog.js';

export default class Test extends TrajgenCommand {
  static override description = `${domainInfo('test').summary} Writes <out>/test/train.jsonl and eval.jsonl.`;

  static override examples = [
    '<%= config.bin %> test',
    '<%= config.bin %> test --count 150 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> test --fixtures my_fixtures/ --strict --json',
  ];


  static override flags = generateFlags(domainInfo('test'));

  async run(): Promise<Summary> {
    const { flags } = await this.parse(Test);
    return runDomain(this, 'test', flags);
  }
}
