import { Command } from '@oclif/core';
import { generateFlags, runDomain } from '../cli/generate-command.js';
import type { Summary } from '../generate/summary.js';

export default class SampleData extends Command {
  static override description = 'Write sample-data conversations: analyze a signature and write normal, edge and large example inputs that bind to it.';

  static override examples = [
    '<%= config.bin %> sample-data',
    '<%= config.bin %> sample-data --count 100 --split 0.9 --seed 7 --out data',
    '<%= config.bin %> sample-data --fixtures my_fixtures/ --strict --json',
  ];

  static override enableJsonFlag = true;

  static override flags = generateFlags({ name: 'sample-data', count: 100, fixtures: 'fixtures/sample_data' });

  async run(): Promise<Summary> {
    const { flags } = await this.parse(SampleData);
    return runDomain(this, 'sample-data', flags);
  }
}
