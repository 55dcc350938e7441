import type { PyNode } from '../../parse/py-node.js';
import { siteAndNode } from './site-cache.js';
import type { DocSite } from './site.js';
import { writeDocstring } from './write-docstring.js';

/** The fixture file as it is now, in memory; every tool result is computed from it. */
export class DocstringWorkspace {
  constructor(
    public code: string,
    readonly qualname: string,
    readonly filePath: string,
  ) {}

  site(): DocSite {
    return siteAndNode(this.code, this.qualname, this.filePath).site;
  }

  node(): PyNode {
    return siteAndNode(this.code, this.qualname, this.filePath).node;
  }

  /** Writes the docstring; true when it replaced one. */
  write(text: string): boolean {
    const { code, replaced } = writeDocstring(this.code, this.qualname, text);
    this.code = code;
    return replaced;
  }
}
