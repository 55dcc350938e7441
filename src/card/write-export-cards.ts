import { resolve } from 'node:path';
import type { ExportedDomain } from '../export/run-export.js';
import type { ExportSummary } from '../export/summary.js';
import { displayPath } from '../paths.js';
import { commandLine } from './command-line.js';
import { exportCard } from './export-card.js';
import { fixtureSources } from './fixture-sources.js';
import { trajgenVersion } from './trajgen-version.js';
import { writeCard } from './write-card.js';

/** Writes <out>/<domain>/README.md for each exported domain; returns their paths as shown to the user. */
export function writeExportCards(summary: Omit<ExportSummary, 'cards'>, domains: readonly ExportedDomain[], outDir: string, commandId: string | undefined, argv: readonly string[]): string[] {
  const version = trajgenVersion();
  return domains.map((d) => {
    const path = resolve(outDir, d.domain, 'README.md');
    const mix = d.mix.result();
    writeCard(path, exportCard(d.domain, summary, d.files, mix, { version, commandLine: commandLine(commandId, argv), fixtures: fixtureSources(mix.fixture_folders) }));
    return displayPath(path);
  });
}
