import { spawnSync } from 'node:child_process';
import { projectPath } from '../../src/paths.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would (`bin/run.js ...`), in a child process. */
export function runCli(args: string[], cwd = projectPath()): CliResult {
  const r = spawnSync(process.execPath, [projectPath('bin', 'run.js'), ...args], { cwd, encoding: 'utf8', timeout: 240_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
