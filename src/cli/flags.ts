import { Flags } from '@oclif/core';
import { FlagError } from '../errors.js';

// oclif's own integer parser accepts "1e3" and says little; these name the flag and the fix.
export const countFlag = (defaultCount: number) =>
  Flags.custom<number>({
    description: 'Number of examples to write (train + eval).',
    default: defaultCount,
    parse: async (input) => {
      if (!/^\d+$/.test(input.trim()) || Number(input) < 1) throw new FlagError(`--count must be a whole number of at least 1, got "${input}"`);
      return Number(input);
    },
  })();

export const splitFlag = Flags.custom<number>({
  description: 'Fraction of examples that go to train.jsonl; train = round(count x split), the rest is eval.',
  default: 0.9,
  parse: async (input) => {
    const value = Number(input);
    if (input.trim() === '' || !Number.isFinite(value) || value <= 0 || value > 1) {
      throw new FlagError(`--split must be a number in (0, 1], got "${input}"; e.g. --split 0.9 for 90% train`);
    }
    return value;
  },
})();

export const seedFlag = Flags.custom<number>({
  description: 'Seed for every random choice; the same inputs and seed give byte-identical files.',
  default: 0,
  parse: async (input) => {
    if (!/^-?\d+$/.test(input.trim())) throw new FlagError(`--seed must be a whole number, got "${input}"`);
    return Number(input);
  },
})();

export const outFlag = Flags.string({ description: 'Output folder; files go to <out>/<domain>/.', default: 'examples' });
export const strictFlag = Flags.boolean({ description: 'Treat a fixture that does not parse as an error instead of skipping it.', default: false });
export const definitionFlag = Flags.string({ description: 'Subagent definition YAML to use instead of rules/<domain>/subagent.yaml.' });
export const progressFlag = Flags.boolean({ description: 'Show progress on stderr (on by default when stderr is a terminal).', allowNo: true });
export const shapesFlag = Flags.string({ description: 'A shapes.yaml to use instead of rules/<domain>/shapes.yaml: the trajectory shapes and their declared mix.' });

export const maxLinesFlag = Flags.custom<number>({
  description: 'The most lines a lint example shows; a longer file is cut into pieces that fit (the conversation shows the file twice when it reads it). Default: 150.',
  parse: async (input) => {
    if (!/^\d+$/.test(input.trim()) || Number(input) < 20 || Number(input) > 5000) throw new FlagError(`--max-lines must be a whole number from 20 to 5000, got "${input}"`);
    return Number(input);
  },
})();

export const workersFlag = Flags.custom<number>({
  description: 'Worker threads that generate beside the main thread (lint only; the output is the same bytes with any number). Default: 0 below 1,000 examples, else one less than the cores, at most 3.',
  parse: async (input) => {
    if (!/^\d+$/.test(input.trim()) || Number(input) > 16) throw new FlagError(`--workers must be a whole number from 0 to 16, got "${input}"`);
    return Number(input);
  },
})();
