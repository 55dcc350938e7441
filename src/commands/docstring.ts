import { Command } from '@oclif/core';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import type { Summary } from '../generate/summary.js';
import { domainInfo } from '../domains/catalog.js';

export default class Docstring extends Command {
  static override description = `${domainInfo('docstring').summary} Writes <out>/docstring/train.jsonl and eval.jsonl.`;

  static override examples = [
    '<%= config.bin %> docstring',
    '<%= config.bin %> docstring --count 150 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> docstring --fixtures my_fixtures/ --strict --json',
  ];

  static override enableJsonFlag = true;

  static override flags = generateFlags(domainInfo('docstring'));

  async run(): Promise<Summary> {
    const { flags } = await this.parse(Docstring);
    return runDomain(this, 'docstring', flags);
  }
}
