import { createReadStream, createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { loadDomain } from '../../src/domains/registry.js';
import { generate } from '../../src/generate/pipeline.js';

// Writes <dir>/lint/train.jsonl with `lines` lint examples: 1,000 distinct ones generated here,
// repeated in order (the export does not care about duplicates, and generating 100,000 would
// measure the generator, not the export).
const [dir, linesText] = process.argv.slice(2);
const lines = Number(linesText);
const pool = join(dir, 'pool');
await generate({ domain: await loadDomain('lint'), count: 1000, split: 1, seed: 1, outDir: pool });
const examples: string[] = [];
for await (const line of createInterface({ input: createReadStream(join(pool, 'lint', 'train.jsonl'), 'utf8'), crlfDelay: Infinity })) if (line) examples.push(line);
rmSync(pool, { recursive: true, force: true });
mkdirSync(join(dir, 'lint'), { recursive: true });
const out = createWriteStream(join(dir, 'lint', 'train.jsonl'));
for (let i = 0; i < lines; i++) if (!out.write(`${examples[i % examples.length]}\n`)) await once(out, 'drain');
out.end();
await once(out, 'finish');
