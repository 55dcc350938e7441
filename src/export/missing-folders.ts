import { existsSync, rmdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** The folders on the way to `dir` that do not exist yet, outermost first. */
export function missingFolders(dir: string): string[] {
  const out: string[] = [];
  for (let d = dir; !existsSync(d) && dirname(d) !== d; d = dirname(d)) out.unshift(d);
  return out;
}

/** Removes folders a failed run created, innermost first, as long as they are empty. */
export function removeEmptyFolders(folders: readonly string[]): void {
  for (const d of [...folders].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      // not empty, or already gone: leave it
    }
  }
}
