import type { TrainingExample } from '../schema/conversation.js';

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const byKey = (map: Map<string, number>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** The mix of a stream of examples, counted as they pass (nothing but the counts is kept). */
export class MixTally {
  examples = 0;
  private readonly shapes = new Map<string, number>();
  private readonly rules = new Map<string, number>();
  private readonly calls = new Map<string, number>();
  private readonly seeds = new Set<number>();
  private readonly fixtureFolders = new Set<string>();

  add(example: TrainingExample): void {
    this.examples++;
    bump(this.shapes, example.meta.shape);
    example.meta.rules.forEach((r) => bump(this.rules, r));
    bump(this.calls, String(example.messages.filter((m) => m.role === 'assistant').length - 1));
    this.seeds.add(example.meta.seed);
    const slash = example.meta.fixture.lastIndexOf('/');
    this.fixtureFolders.add(slash < 0 ? '.' : example.meta.fixture.slice(0, slash));
  }

  result() {
    return {
      examples: this.examples,
      per_shape: byKey(this.shapes),
      per_rule: byKey(this.rules),
      calls_per_example: Object.fromEntries([...this.calls].sort(([a], [b]) => Number(a) - Number(b))),
      seeds: [...this.seeds].sort((a, b) => a - b),
      fixture_folders: [...this.fixtureFolders].sort(),
    };
  }
}

export type Mix = ReturnType<MixTally['result']>;
