import { expect } from 'chai';
import { rngFor } from '../../../src/generate/rng.js';
import { mutateGroups, type Site } from '../../../src/domains/lint/mutate.js';
import type { Injection } from '../../../src/domains/lint/rule.js';

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
    },
  };
}

describe('domains/lint/mutate', () => {
  it('with a judge, picks sites without running their checks while the judge accepts', () => {
    const runs = new Map<number, number>();
    const sites = [0, 2].map((l) => site(l, true, runs));
    const m = mutateGroups(CODE, [{ sites, count: 2 }], rngFor(0, 'mutate'), { accept: () => true, refused: new Set() });
    expect(m?.injected).to.deep.equal(['X100', 'X100']);
    expect(m?.code.match(/# x/g)).to.have.length(2);
    expect(runs.size).to.equal(0);
  });

  it('when the judge refuses, runs each pick\'s check, and a site that fails it is never picked again', () => {
    const runs = new Map<number, number>();
    const bad = site(0, false, runs);
    const good = site(2, true, runs);
    const judge = (_code: string, picks: readonly Site[]) => !picks.includes(bad);
    const lane = { accept: judge, refused: new Set<Injection>() };
    let refused = 0;
    for (let i = 0; i < 20; i++) {
      const m = mutateGroups(CODE, [{ sites: [bad, good], count: 1 }], rngFor(i, 'mutate'), lane);
      if (m === null) refused++;
      else expect(m.code).to.equal(`a = 1\nb = 2\n# x\nc = 3\nd = 4\n`);
    }
    // The bad site is picked and refused once: after that it is in the lane's refused set and skipped.
    expect(refused).to.equal(1);
    expect(runs.get(0)).to.equal(1);
    expect([...lane.refused]).to.deep.equal([bad.injection]);
  });

  it('what one judge learnt does not change another\'s picks (lanes stay independent)', () => {
    const runs = new Map<number, number>();
    const bad = site(0, false, runs);
    const good = site(2, true, runs);
    const judge = (_code: string, picks: readonly Site[]) => !picks.includes(bad);
    const play = (refused: Set<Injection>) => Array.from({ length: 10 }, (_, i) => mutateGroups(CODE, [{ sites: [bad, good], count: 1 }], rngFor(i, 'mutate'), { accept: judge, refused })?.code ?? null);
    const alone = play(new Set());
    // A second lane on the same sites, after the first has learnt (and the check's verdict is cached).
    expect(play(new Set())).to.deep.equal(alone);
    expect(alone).to.include(null);
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
    expect(mutateGroups(CODE, [{ sites: [site(1, true, runs)], count: 2 }], rngFor(0, 'mutate'), { accept: () => true, refused: new Set() })).to.equal(null);
  });
});
