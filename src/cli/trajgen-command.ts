import { Command } from '@oclif/core';
import { TrajgenError } from '../errors.js';
import { installSignalCleanup } from '../generate/temp-registry.js';

/** Bad input (a flag, a file, a definition, a count the fixtures cannot reach) exits with 2, as the README says. */
export const EXIT_BAD_INPUT = 2;

interface OclifError extends Error {
  oclif?: { exit?: number };
  exitCode?: number;
  parse?: unknown;
  suggestions?: string[];
}

function exitCodeOf(err: OclifError): number {
  // oclif's flag parser marks its errors with `parse`; a TrajgenError is a problem with the input.
  if (err instanceof TrajgenError || err.parse !== undefined) return EXIT_BAD_INPUT;
  return err.oclif?.exit ?? 1;
}

/**
 * The base of every trajgen command: one place that maps errors to exit codes, and with --json
 * prints `{"error": {"message", "hint", "exit"}}` on stdout (and nothing else there).
 */
export abstract class TrajgenCommand extends Command {
  static override enableJsonFlag = true;

  override async init(): Promise<void> {
    await super.init();
    // An interrupted run removes its temp files and leaves earlier output as it was.
    installSignalCleanup();
  }

  protected override async catch(err: OclifError): Promise<unknown> {
    // oclif wraps a flag's own error as "Parsing --x \n\t<message>\nSee more help with --help"; ours already names the flag.
    const wrapped = /^Parsing --\S+ \n\t([\s\S]*)\nSee more help with --help$/.exec(err.message);
    if (wrapped && err instanceof TrajgenError) err.message = wrapped[1];
    const exit = exitCodeOf(err);
    err.oclif = { ...err.oclif, exit };
    err.exitCode = exit;
    process.exitCode = exit;
    if (!this.jsonEnabled() && err instanceof TrajgenError) this.error(err.message, { exit, suggestions: err.suggestions });
    return super.catch(err);
  }

  protected override toErrorJson(err: OclifError): { error: { message: string; hint: string | null; exit: number } } {
    const hint = err.suggestions?.length ? err.suggestions.join(' ') : null;
    return { error: { message: err.message.trim(), hint, exit: exitCodeOf(err) } };
  }
}
