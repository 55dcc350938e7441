import { expect } from 'chai';
import { rngFor } from '../../../src/generate/rng.js';
import { mutateGroups, type Site } from '../../../src/domains/lint/mutate.js';

const CODE = 'a = 1\nb = 2\nc = 3\nd = 4\n';

/** A site writing `text` at the start of a line, whose own check says `exact` and counts its runs. */
function site(line: number, exact: boolean, runs: Map<number, number>): Site {
  const start = CODE.split('\n').slice(0, line).join('\n').length + (line ? 1 : 0);
  let verdict: boolean | undefined;
  return {
    code: 'X100',
    injection: {
      label: `line ${line}`,
      edits: [{ start, end: start, text: '# x\n' }],
      exact: () => {
        runs.set(line, (runs.get(line) ?? 0) + 1);
        return (verdict ??= exact);
      },
      known: () => verdict,
    },
  };
}

describe('domains/lint/mutate', () => {
  it('with a judge, picks sites without running their checks while the judge accepts', () => {
    const runs = new Map<number, number>();
    const sites = [0, 2].map((l) => site(l, true, runs));
    const m = mutateGroups(CODE, [{ sites, count: 2 }], rngFor(0, 'mutate'), () => true);
    expect(m?.injected).to.deep.equal(['X100', 'X100']);
    expect(m?.code.match(/# x/g)).to.have.length(2);
    expect(runs.size).to.equal(0);
  });

  it('when the judge refuses, runs each pick\'s check, and a site that fails it is never picked again', () => {
    const runs = new Map<number, number>();
    const bad = site(0, false, runs);
    const good = site(2, true, runs);
    const judge = (_code: string, picks: readonly Site[]) => !picks.includes(bad);
    let refused = 0;
    for (let i = 0; i < 20; i++) {
      const m = mutateGroups(CODE, [{ sites: [bad, good], count: 1 }], rngFor(i, 'mutate'), judge);
      if (m === null) refused++;
      else expect(m.code).to.equal(`a = 1\nb = 2\n# x\nc = 3\nd = 4\n`);
    }
    // The bad site is picked and refused once: after that its verdict is known and it is skipped.
    expect(refused).to.equal(1);
    expect(runs.get(0)).to.equal(1);
  });

  it('without a judge, runs each site\'s check before picking it and skips one that fails', () => {
    const runs = new Map<number, number>();
    const sites = [site(0, false, runs), site(2, true, runs)];
    for (let i = 0; i < 5; i++) {
      const m = mutateGroups(CODE, [{ sites, count: 1 }], rngFor(i, 'mutate'));
      expect(m?.code).to.equal(`a = 1\nb = 2\n# x\nc = 3\nd = 4\n`);
    }
    expect(runs.get(2)).to.be.greaterThan(0);
  });

  it('is null when a group has too few sites apart from the others', () => {
    const runs = new Map<number, number>();
    expect(mutateGroups(CODE, [{ sites: [site(1, true, runs)], count: 2 }], rngFor(0, 'mutate'), () => true)).to.equal(null);
  });
});
