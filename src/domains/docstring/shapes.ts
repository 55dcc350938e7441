/**
 * The scripted trajectory shapes, as data: the order of tool calls before submit_result.
 * `read` is read_current_docstring (it carries the [Context] style), `hints` read_type_hints,
 * `write` write_docstring. A shape is for docstrings that need writing, or for adequate ones.
 */
export type Step = 'read' | 'hints' | 'write';

export interface Shape {
  name: string;
  decision: 'write' | 'skip';
  steps: Step[];
}

export const SHAPES: readonly Shape[] = [
  { name: 'read-skip', decision: 'skip', steps: ['read'] },
  { name: 'read-hints-skip', decision: 'skip', steps: ['read', 'hints'] },
  { name: 'read-write', decision: 'write', steps: ['read', 'write'] },
  { name: 'read-hints-write', decision: 'write', steps: ['read', 'hints', 'write'] },
  // Reads the docstring back after writing it, to confirm what landed in the file.
  { name: 'read-hints-write-confirm', decision: 'write', steps: ['read', 'hints', 'write', 'read'] },
];

export function shapesFor(decision: Shape['decision']): Shape[] {
  return SHAPES.filter((s) => s.decision === decision);
}
