import { resolve } from 'node:path';
import { definitionPathOf, domainInfo, type DomainName } from '../domains/catalog.js';
import type { Summary } from '../generate/summary.js';
import { displayPath } from '../paths.js';
import { commandLine } from './command-line.js';
import { fixtureSources } from './fixture-sources.js';
import { generateCard } from './generate-card.js';
import { trajgenVersion } from './trajgen-version.js';
import { writeCard } from './write-card.js';

export interface GenerateCardInput {
  outDir: string;
  commandId: string | undefined;
  argv: readonly string[];
  fixtures?: string;
  definition?: string;
}

/** Writes <out>/<domain>/README.md for a finished generate run; returns its path as shown to the user. */
export function writeGenerateCard(summary: Summary, input: GenerateCardInput): string {
  const info = domainInfo(summary.domain);
  const path = resolve(input.outDir, summary.domain, 'README.md');
  const text = generateCard(summary, {
    version: trajgenVersion(),
    commandLine: commandLine(input.commandId, input.argv),
    fixtures: fixtureSources([input.fixtures ?? info.defaultFixtures]),
    definition: input.definition ?? definitionPathOf(info.name as DomainName),
  });
  writeCard(path, text);
  return displayPath(path);
}
