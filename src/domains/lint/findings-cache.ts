import type { LintFinding } from './rule.js';

/**
 * Lint results by exact file text. Shapes of one variant replay the same states, so a small
 * LRU saves most re-lints while keeping memory flat on 100k-example runs.
 */
export class FindingsCache {
  private readonly map = new Map<string, readonly LintFinding[]>();

  constructor(private readonly capacity = 512) {}

  /** `packageInit` is part of the key: the same text in an `__init__.py` gets other findings. */
  get(code: string, compute: () => LintFinding[], packageInit = false): readonly LintFinding[] {
    const key = packageInit ? `init\0${code}` : code;
    const hit = this.map.get(key);
    if (hit) {
      this.map.delete(key);
      this.map.set(key, hit);
      return hit;
    }
    const value = compute();
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
}
