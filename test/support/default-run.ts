import { rmSync } from 'node:fs';
import { availableDomains, loadDomain } from '../../src/domains/registry.js';
import { generate } from '../../src/generate/pipeline.js';
import { tempDir } from './generate-to-temp.js';

let run: Promise<string> | null = null;

/**
 * A default `trajgen all` run (every domain with its default count, split 0.9, seed 0), made
 * once per test process in a temp folder and shared by the tests that read it.
 */
export function defaultRun(): Promise<string> {
  run ??= (async () => {
    const dir = tempDir('trajgen-default-run-');
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    for (const name of availableDomains()) {
      const domain = await loadDomain(name);
      await generate({ domain, count: domain.defaultCount, split: 0.9, seed: 0, outDir: dir });
    }
    return dir;
  })();
  return run;
}
