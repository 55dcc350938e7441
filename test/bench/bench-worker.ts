import { createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { loadDomain } from '../../src/domains/registry.js';
import { defaultWorkers, generate } from '../../src/generate/pipeline.js';
import { pyDumps } from '../../src/pyjson/dumps.js';
import { checkExample } from '../../src/record/check-example.js';
import type { TrainingExample } from '../../src/schema/conversation.js';

// One measurement per process, so that maxRSS is this run's peak and nothing else's. The
// optional fourth argument is JSON: {fixturesDir, shapesPath, workers} for the run.
const [domainName, countText, outDir, extra] = process.argv.slice(2);
const count = Number(countText);
const domain = await loadDomain(domainName);
const { fixturesDir, shapesPath, workers } = (extra ? JSON.parse(extra) : {}) as { fixturesDir?: string; shapesPath?: string; workers?: number };
const t0 = process.hrtime.bigint();
const summary = await generate({ domain, count, split: 0.9, seed: 1, outDir, fixturesDir, shapesPath, workers });
const generateSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
const generateRss = process.resourceUsage().maxRSS * 1024;

// The floor: the same records, already made, only validated and serialised again. Streamed in
// slices: 100k lint records are about 1 GB of text, more than one JavaScript string can hold.
let floorSeconds = 0;
const timeSlice = (slice: string[]) => {
  const records = slice.map((l) => JSON.parse(l) as TrainingExample);
  const t = process.hrtime.bigint();
  for (const r of records) {
    if (checkExample(r).length > 0) throw new Error('floor: invalid record');
    pyDumps(r);
  }
  floorSeconds += Number(process.hrtime.bigint() - t) / 1e9;
};
for (const file of ['train.jsonl', 'eval.jsonl']) {
  let slice: string[] = [];
  for await (const line of createInterface({ input: createReadStream(join(outDir, domain.name, file), 'utf8'), crlfDelay: Infinity })) {
    if (!line) continue;
    slice.push(line);
    if (slice.length === 2000) {
      timeSlice(slice);
      slice = [];
    }
  }
  timeSlice(slice);
}
rmSync(outDir, { recursive: true, force: true });
process.stdout.write(`${JSON.stringify({ domain: domainName, count, workers: domain.parallel ? (workers ?? defaultWorkers(count)) : 0, written: summary.train + summary.eval, generateSeconds, floorSeconds, peakRssBytes: generateRss })}\n`);
