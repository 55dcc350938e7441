import { toPyNode } from '../../parse/discover-nodes.js';
import type { PyNode } from '../../parse/py-node.js';
import { withTree } from '../../parse/python.js';
import { findDef } from './find-defs.js';
import { siteOf, type DocSite } from './site.js';

// The same file text recurs across styles and shapes of a unit; parsing dominates the run time.
const cache = new Map<string, { site: DocSite; node: PyNode }>();
const LIMIT = 4000;

/** The site and node of `qualname` in `code`, parsed once per distinct text. */
export function siteAndNode(code: string, qualname: string, filePath: string): { site: DocSite; node: PyNode } {
  const key = `${filePath}\0${qualname}\0${code}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = withTree(code, (tree) => {
      const def = findDef(tree, qualname);
      return { site: siteOf(def), node: toPyNode(def, filePath) };
    });
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, hit);
  }
  return hit;
}
