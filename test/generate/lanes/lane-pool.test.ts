import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadDomain } from '../../../src/domains/registry.js';
import { LanePool } from '../../../src/generate/lanes/lane-pool.js';
import { generate } from '../../../src/generate/pipeline.js';
import { projectPath } from '../../../src/paths.js';
import { tempDir } from '../../support/generate-to-temp.js';

describe('generate/lanes: lanes played in worker threads', function () {
  this.timeout(600_000);
  const root = tempDir('trajgen-lanes-');
  after(() => rmSync(root, { recursive: true, force: true }));

  const files = (out: string) => ['train.jsonl', 'eval.jsonl'].map((f) => readFileSync(join(root, out, 'lint', f), 'utf8'));

  it('writes the same bytes with 0, 1 and 2 workers (lint, shipped and real-size fixtures)', async () => {
    const domain = await loadDomain('lint');
    for (const [name, fixturesDir, count] of [['shipped', undefined, 600], ['real', projectPath('fixtures', 'real'), 60]] as const) {
      const outs: string[][] = [];
      const summaries: object[] = [];
      for (const workers of [0, 1, 2]) {
        const out = `${name}-${workers}`;
        const { seconds: _, files: __, ...summary } = await generate({ domain, count, split: 0.9, seed: 3, outDir: join(root, out), fixturesDir, workers });
        expect(summary.train + summary.eval, out).to.equal(count);
        outs.push(files(out));
        summaries.push(summary);
      }
      expect(outs[0][0].length, `${name}: train is empty`).to.be.greaterThan(0);
      expect(outs[1], `${name}: 1 worker`).to.deep.equal(outs[0]);
      expect(outs[2], `${name}: 2 workers`).to.deep.equal(outs[0]);
      // The summary counts what workers send (ReadyRecord facts) as it counts the main thread's own.
      expect(summaries[1], `${name}: 1 worker's summary`).to.deep.equal(summaries[0]);
      expect(summaries[2], `${name}: 2 workers' summary`).to.deep.equal(summaries[0]);
    }
  });

  it('a worker that cannot load the units fails the start with its reason, and leaves no thread behind', async () => {
    let error: Error | null = null;
    try {
      await LanePool.start({ domain: 'lint', fixturesDir: join(root, 'no-such-folder'), seed: 0, validate: true, ahead: 2 }, 1);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).to.match(/lane worker failed to start: .*no-such-folder/);
  });
});
