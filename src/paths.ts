import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// The same code runs from src/ (tsx, bin/dev.js) and from dist/src/ (bin/run.js, tests), so
// the root is found by walking up to our package.json rather than by a fixed number of `..`.
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'trajgen') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`trajgen: cannot find the project root above ${start}`);
    dir = parent;
  }
}

const here = dirname(fileURLToPath(import.meta.url));
const root = findRoot(here);
const runningCompiled = here.split(sep).includes('dist');

export function projectRoot(): string {
  return root;
}

/** An asset path (yaml, scm, fixtures, grammars): always the source tree, never dist/. */
export function projectPath(...parts: string[]): string {
  return join(root, ...parts);
}

/** Where the module compiled from `rules/<domain>` etc. lives at run time. */
export function codePath(...parts: string[]): string {
  return runningCompiled ? join(root, 'dist', ...parts) : join(root, ...parts);
}

/** The extension of loadable modules in the running tree (.js compiled, .ts under tsx). */
export const moduleExtension = runningCompiled ? '.js' : '.ts';

/**
 * A path as it appears in meta, node_context and messages: relative to the project when
 * inside it, else relative to the current folder when inside that, else absolute.
 */
export function displayPath(absPath: string): string {
  const inside = (base: string) => {
    const rel = relative(base, absPath);
    return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : null;
  };
  const rel = inside(root) ?? inside(process.cwd()) ?? absPath;
  return rel.split(sep).join('/');
}
