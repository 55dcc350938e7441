import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Folders that hold no project code of the user's: caches, dependencies, virtualenvs. */
const SKIPPED_DIRS = new Set(['__pycache__', 'node_modules', 'site-packages', 'dist-packages']);

function isVirtualenv(dir: string): boolean {
  return existsSync(join(dir, 'pyvenv.cfg')) || existsSync(join(dir, 'bin', 'activate')) || existsSync(join(dir, 'Scripts', 'activate'));
}

export interface Walked {
  /** Absolute paths of the .py files, sorted. */
  files: string[];
  /** Symbolic links that lead back into a folder already walked, not followed again. */
  loops: string[];
}

/**
 * Every .py file under `root`, recursively, in a stable sorted order. Hidden files and folders,
 * caches, installed packages and virtualenvs are left out; a symbolic link is followed once,
 * so a link back up the tree cannot loop.
 */
export function walkPythonFiles(root: string): Walked {
  const files: string[] = [];
  const loops: string[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    const real = realpathSync(dir);
    if (seen.has(real)) {
      loops.push(dir);
      return;
    }
    seen.add(real);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(path);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue; // a dangling link
        }
      }
      if (isDir && !SKIPPED_DIRS.has(entry.name) && !isVirtualenv(path)) visit(path);
      else if (isFile && entry.name.endsWith('.py')) files.push(path);
    }
  };
  visit(root);
  return { files: files.sort(), loops };
}
