import { expect } from 'chai';
import type { Message } from '../../src/schema/conversation.js';
import { summaryFor } from '../../src/shapes/summary-template.js';

const msg = (content: string): Message => ({ role: 'user', content, tool_calls: null, tool_call_id: null });
const TEMPLATES = ['A {x}.', 'B {x}.', 'C {x}.', 'D {x}.'];

describe('shapes/summary-template', () => {
  it('fills the placeholders and collapses the spaces an empty one leaves', () => {
    expect(summaryFor(['Fixed {n}. {rest} Done.'], { n: '2 issues', rest: '' }, 0, [msg('a')])).to.equal('Fixed 2 issues. Done.');
  });

  it('the same conversation and seed always get the same words; the choice spreads over the templates', () => {
    const picks = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const t = [msg(`state ${i}`)];
      const a = summaryFor(TEMPLATES, { x: 'y' }, 5, t);
      expect(summaryFor(TEMPLATES, { x: 'y' }, 5, t)).to.equal(a);
      picks.add(a[0]);
    }
    expect(picks.size).to.equal(4);
  });

  it('a placeholder without a value is a bug, not an empty string', () => {
    expect(() => summaryFor(['{missing}'], {}, 0, [])).to.throw(/\{missing\} has no value/);
  });
});
