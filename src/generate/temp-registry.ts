import { rmSync } from 'node:fs';

// Temp files and folders of this process that must not outlive it: removed on commit or
// abort by their owner, and by the signal handler when the run is interrupted.
const temps = new Set<string>();
let installed = false;

export function trackTemp(path: string): void {
  temps.add(path);
}

export function untrackTemp(path: string): void {
  temps.delete(path);
}

export function removeTrackedTemps(): void {
  for (const path of temps) rmSync(path, { recursive: true, force: true });
  temps.clear();
}

/**
 * On SIGINT or SIGTERM, remove this run's temp files and exit as a shell expects
 * (128 + the signal number: 130, 143), leaving earlier output as it was.
 */
export function installSignalCleanup(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      removeTrackedTemps();
      process.stderr.write(`\ntrajgen: interrupted (${signal}); temp files removed, earlier output left as it was\n`);
      process.exit(code);
    });
  }
}

/** Whether a process with this pid is alive (a temp file named after a dead one is stale). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
