import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_STYLE } from '../../src/domains/docstring/check-definition.js';
import { writeDocstring } from '../../src/domains/docstring/write-docstring.js';
import { discoverNodes } from '../../src/parse/discover-nodes.js';
import { projectPath } from '../../src/paths.js';
import type { TrainingExample } from '../../src/schema/conversation.js';
import { shownCode, toolCalls } from './generate-to-temp.js';

/** One conversation as check_docstrings.py judges it (see that file for the fields). */
export interface DocstringTruthItem {
  id: string;
  before: string;
  after: string | null;
  qualname: string;
  style: string;
  reads: { when: 'before' | 'after'; result: unknown }[];
  hints: unknown[];
  written: string | null;
  judge: 'written' | 'before' | null;
}

/**
 * The file as the conversation starts: the fixture with its node replaced by the code the
 * model was shown (which carries the aged docstring of updated/skipped variants).
 */
export function fileBefore(example: TrainingExample): { code: string; qualname: string } {
  const fixture = readFileSync(projectPath(example.meta.fixture), 'utf8');
  const node = discoverNodes(fixture, example.meta.fixture).find((n) => n.node_id === example.meta.node_id);
  if (!node) throw new Error(`${example.meta.fixture}: no node ${example.meta.node_id}`);
  const lineOffset = fixture.split('\n').slice(0, node.start_line - 1).join('\n').length;
  const at = fixture.indexOf(node.text, lineOffset);
  return { code: fixture.slice(0, at) + shownCode(example) + fixture.slice(at + node.text.length), qualname: node.name };
}

export function truthItem(id: string, example: TrainingExample): DocstringTruthItem {
  const { code, qualname } = fileBefore(example);
  const calls = toolCalls(example);
  // The style the conversation shows; a definition that shows it only after a write (and a skip
  // that never writes) works in the domain's default.
  const style = calls.flatMap((c) => c.contexts)[0] ?? DEFAULT_STYLE;
  const write = calls.find((c) => c.name === 'write_docstring');
  const written = write ? String(write.args.docstring) : null;
  const writeAt = write ? calls.indexOf(write) : Infinity;
  const submit = calls[calls.length - 1];
  return {
    id,
    before: code,
    after: written === null ? null : writeDocstring(code, qualname, written).code,
    qualname,
    style: write ? String(write.args.style) : style,
    reads: calls.flatMap((c, i) => (c.name === 'read_current_docstring' ? [{ when: i < writeAt ? ('before' as const) : ('after' as const), result: c.result }] : [])),
    hints: calls.filter((c) => c.name === 'read_type_hints').map((c) => c.result),
    written,
    judge: written !== null ? 'written' : submit.args.action === 'skipped' ? 'before' : null,
  };
}

/** Runs the batch through real python3 once; returns the problems per item id. */
export function checkWithPython(items: DocstringTruthItem[]): Map<string, string[]> {
  const out = execFileSync('python3', [projectPath('test/support/python/check_docstrings.py')], {
    input: JSON.stringify({ items }),
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const { results } = JSON.parse(out) as { results: { id: string; problems: string[] }[] };
  return new Map(results.map((r) => [r.id, r.problems]));
}
