import { Flags } from '@oclif/core';
import { TrajgenCommand } from '../cli/trajgen-command.js';
import { runDomain } from '../cli/generate-command.js';
import { outFlag, seedFlag, splitFlag, strictFlag, progressFlag, workersFlag } from '../cli/flags.js';
import { availableDomains, loadDomain } from '../domains/registry.js';
import { domainInfo } from '../domains/catalog.js';
import type { Summary } from '../generate/summary.js';

export default class All extends TrajgenCommand {
  static override description = 'Write every domain\'s dataset with its default count and fixtures (the quick start).';

  static override examples = ['<%= config.bin %> all', '<%= config.bin %> all --seed 7 --out data --json'];


  static override flags = {
    split: splitFlag,
    seed: seedFlag,
    out: outFlag,
    strict: strictFlag,
    progress: progressFlag,
    workers: workersFlag,
    only: Flags.string({ description: 'Comma-separated domains to run (default: all that exist).' }),
  };

  async run(): Promise<{ domains: Summary[] }> {
    const { flags } = await this.parse(All);
    // domainInfo names the unknown domain and lists the known ones.
    const names = flags.only ? flags.only.split(',').map((s) => domainInfo(s.trim()).name) : availableDomains();
    const domains: Summary[] = [];
    for (const name of names) {
      const domain = await loadDomain(name);
      domains.push(await runDomain(this, name, { ...flags, count: domain.defaultCount }));
      if (!this.jsonEnabled()) this.log('');
    }
    return { domains };
  }
}
