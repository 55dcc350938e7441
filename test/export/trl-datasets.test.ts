import { spawnSync } from 'node:child_process';
import { expect } from 'chai';
import { projectPath } from '../../src/paths.js';
import { defaultRun } from '../support/default-run.js';
import { exportToTemp, outFile } from '../support/export-to-temp.js';

interface Loaded {
  rows: number;
  lines: number;
  same: number;
  features: string;
  tools_is_string: boolean;
  version: string;
}

/** datasets.load_dataset("json") on each file, in one python3 process; fails loudly when datasets is missing (CI installs it). */
function loadWithDatasets(files: string[]): Record<string, Loaded> {
  const run = spawnSync('python3', [projectPath('test/support/python/datasets_check.py'), ...files], { encoding: 'utf8', env: { ...process.env, HF_DATASETS_OFFLINE: '1', HF_HUB_OFFLINE: '1' }, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`datasets_check.py failed (${run.status}): ${run.stderr.split('\n').filter(Boolean).slice(-3).join('\n')}`);
  return JSON.parse(run.stdout) as Record<string, Loaded>;
}

describe('export --format trl loads with datasets.load_dataset("json"): same rows, tools a string', () => {
  it('messages rows and prompt/completion rows of a default run, all four domains', async () => {
    const source = await defaultRun();
    const files: string[] = [];
    for (const options of [{ format: 'trl' }, { format: 'trl', promptCompletion: true }] as const) {
      const { out } = await exportToTemp(source, options);
      for (const domain of ['lint', 'test', 'docstring', 'sample-data']) for (const split of ['train', 'eval']) files.push(outFile(out, domain, split));
    }
    const loaded = loadWithDatasets(files);
    for (const file of files) {
      const l = loaded[file];
      expect(l.rows, file).to.equal(l.lines);
      expect(l.same, `${file}: rows that differ from their line (${l.features})`).to.equal(l.lines);
      expect(l.tools_is_string, `${file}: ${l.features}`).to.equal(true);
    }
    expect(Object.values(loaded).reduce((n, l) => n + l.rows, 0)).to.be.greaterThan(600);
  });
});
