import { Command, Flags } from '@oclif/core';
import { writeGenerateCard } from '../card/write-generate-card.js';
import { generate } from '../generate/pipeline.js';
import type { Summary } from '../generate/summary.js';
import type { DomainInfo } from '../domains/catalog.js';
import { loadDomain } from '../domains/registry.js';
import { countFlag, definitionFlag, outFlag, progressFlag, seedFlag, shapesFlag, splitFlag, strictFlag, workersFlag } from './flags.js';
import { Progress } from './progress.js';
import { renderSummary } from './render-summary.js';

/** Builds the flags every domain command shares, with that domain's defaults. */
export function generateFlags(d: DomainInfo) {
  return {
    count: countFlag(d.defaultCount),
    split: splitFlag,
    seed: seedFlag,
    out: outFlag,
    fixtures: Flags.string({ description: `Folder of Python fixtures (default: ${d.defaultFixtures}).` }),
    definition: definitionFlag,
    shapes: shapesFlag,
    strict: strictFlag,
    progress: progressFlag,
    workers: workersFlag,
  };
}

export interface GenerateFlags {
  count: number;
  split: number;
  seed: number;
  out: string;
  fixtures?: string;
  definition?: string;
  shapes?: string;
  strict: boolean;
  progress?: boolean;
  workers?: number;
  /** lint only: the most lines an example shows. */
  'max-lines'?: number;
}

/**
 * Runs one domain for an oclif command: progress, warnings and summary on the right streams,
 * then the dataset card beside the data (written here, from the Summary, so the pipeline stays
 * about examples).
 */
export async function runDomain(cmd: Command & { jsonEnabled(): boolean }, name: string, flags: GenerateFlags): Promise<Summary & { card: string }> {
  const domain = await loadDomain(name);
  const json = cmd.jsonEnabled();
  const progress = new Progress(`${name}`, flags.progress ?? (!json && process.stderr.isTTY === true));
  try {
    const summary = await generate({
      domain,
      count: flags.count,
      split: flags.split,
      seed: flags.seed,
      outDir: flags.out,
      fixturesDir: flags.fixtures,
      definitionPath: flags.definition,
      shapesPath: flags.shapes,
      strict: flags.strict,
      workers: flags.workers,
      maxLines: flags['max-lines'],
      onProgress: (done, total) => progress.update(done, total),
      onWarning: (msg) => {
        if (!json) cmd.warn(msg);
      },
    });
    const card = writeGenerateCard(summary, { outDir: flags.out, commandId: cmd.id, argv: cmd.argv, fixtures: flags.fixtures, definition: flags.definition });
    if (!json) cmd.log(`${renderSummary(summary)}\n  card   ${card}`);
    return { ...summary, card };
  } catch (e) {
    // The command's catch (TrajgenCommand) turns it into the message and exit code.
    progress.clear();
    throw e;
  }
}
