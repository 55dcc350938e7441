import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportOptions } from '../../src/export/options.js';
import { runExport } from '../../src/export/run-export.js';
import type { ExportSummary } from '../../src/export/summary.js';
import { tempDir } from './generate-to-temp.js';

export const DEFAULT_OPTIONS: ExportOptions = { format: 'functiongemma', context: 'after', toolResponse: 'structured', singleSequence: false, promptCompletion: false, keepSpecialTokens: false };

/** Runs the export in-process into a fresh temp folder; warnings are collected, not printed. */
export async function exportToTemp(input: string, options: Partial<ExportOptions> = {}): Promise<{ out: string; summary: Omit<ExportSummary, 'cards'>; warnings: string[] }> {
  const out = tempDir('trajgen-export-');
  const warnings: string[] = [];
  const { summary } = await runExport({ input, outDir: out, options: { ...DEFAULT_OPTIONS, ...options }, onWarning: (w) => warnings.push(w) });
  return { out, summary, warnings };
}

/** The records of an exported file, parsed with JSON.parse (fine for texts; numbers inside rows lose 1.0). */
export function readRecords<T = Record<string, unknown>>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

export const outFile = (out: string, domain: string, split: string) => join(out, domain, `${split}.jsonl`);
