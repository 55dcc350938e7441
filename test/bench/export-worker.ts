import { rmSync } from 'node:fs';
import { runExport } from '../../src/export/run-export.js';
import type { ExportOptions } from '../../src/export/options.js';

// One export per process, so that maxRSS is this export's peak and nothing else's.
const [input, outDir, optionsJson] = process.argv.slice(2);
const options = { context: 'after', toolResponse: 'structured', singleSequence: false, promptCompletion: false, keepSpecialTokens: false, ...JSON.parse(optionsJson) } as ExportOptions;
const t0 = process.hrtime.bigint();
const { summary } = await runExport({ input, outDir, options });
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const peakRssBytes = process.resourceUsage().maxRSS * 1024;
rmSync(outDir, { recursive: true, force: true });
const total = (k: 'exported' | 'records') => summary.files.reduce((n, f) => n + f[k], 0);
process.stdout.write(`${JSON.stringify({ examples: total('exported'), records: total('records'), seconds, peakRssBytes })}\n`);
