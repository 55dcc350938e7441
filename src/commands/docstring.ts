import { TrajgenCommand } from '../cli/trajgen-command.js';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import type { Summary } from '../generate/summary.js';
import { domainInfo } from '../domains/catalog.js';

export default class Docstring extends TrajgenCommand {
  static override description = `${domainInfo('docstring').summary} Writes <out>/docstring/train.jsonl and eval.jsonl.`;

  static override examples = [
    '<%= config.bin %> docstring',
    '<%= config.bin %> docstring --count 150 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> docstring --fixtures my_fixtures/ --strict --json',
  ];


  static override flags = generateFlags(domainInfo('docstring'));

  async run(): Promise<Summary> {
    const { flags } = await this.parse(Docstring);
    return runDomain(this, 'docstring', flags);
  }
}
