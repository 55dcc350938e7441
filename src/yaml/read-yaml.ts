import { LineCounter, parseDocument, type Document } from 'yaml';
import { FixtureError } from '../errors.js';

export type YamlPath = readonly (string | number)[];

export interface ReadYaml {
  data: unknown;
  /** The 1-based line of the value at `path`, or of the nearest enclosing one that exists. */
  lineOf(path: YamlPath): number | null;
}

function lineIn(doc: Document, counter: LineCounter, path: YamlPath): number | null {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}

/**
 * Parses a YAML file that people write by hand (a sidecar, a shapes file): malformed YAML is a
 * FixtureError naming the file and line, and a later schema problem can name its line too.
 */
export function readYaml(text: string, file: string): ReadYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, lineCounter: counter });
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new FixtureError(file, counter.linePos(err.pos[0]).line, `malformed YAML: ${err.message.split('\n')[0]}`, ['Fix the YAML syntax; a YAML linter shows the exact spot.']);
  }
  return { data: doc.toJS(), lineOf: (path) => lineIn(doc, counter, path) };
}
