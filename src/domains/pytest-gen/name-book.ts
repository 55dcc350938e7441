import type { NameBook } from './rule.js';

/** Hands out top-level names of a test file, never the same twice. */
export class TestNames implements NameBook {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  claim(preferred: string): string {
    let name = preferred;
    for (let n = 2; this.taken.has(name); n++) name = `${preferred}_${n}`;
    this.taken.add(name);
    return name;
  }
}
