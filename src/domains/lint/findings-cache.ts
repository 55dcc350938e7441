import type { LintFinding } from './rule.js';

/**
 * Lint results by exact file text. Shapes of one variant replay the same states, so a small
 * LRU saves most re-lints while keeping memory flat on 100k-example runs.
 */
export class FindingsCache {
  private readonly map = new Map<string, readonly LintFinding[]>();

  constructor(private readonly capacity = 512) {}

  get(code: string, compute: () => LintFinding[]): readonly LintFinding[] {
    const hit = this.map.get(code);
    if (hit) {
      this.map.delete(code);
      this.map.set(code, hit);
      return hit;
    }
    const value = compute();
    this.map.set(code, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
}
