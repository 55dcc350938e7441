import { expect } from 'chai';
import { domain as lint } from '../../src/domains/lint/domain.js';
import { loadDomain } from '../../src/domains/registry.js';
import { DOMAIN_NAMES } from '../../src/domains/catalog.js';
import { FixtureError } from '../../src/errors.js';
import { loadShapes, parseShapes, ShapesError } from '../../src/shapes/load-shapes.js';
import { projectPath } from '../../src/paths.js';

const FILE = 'my/shapes.yaml';
const parse = (text: string) => parseShapes(text, FILE, lint.vocabulary);
const fails = (text: string, pattern: RegExp) => expect(() => parse(text)).to.throw(ShapesError, pattern);

const GOOD = `domain: lint
shapes:
  - name: clean
    weight: 6
    when: [clean]
    steps: [check]
    summaries: ["{file} is clean."]
  - name: stale
    weight: 1
    when: [few-fixable, two-fixable]
    steps: [check, {step: fix-top-down, target: false}, check, fix-each, check]
    summaries: ["Fixed {fixed}. {rest}"]
`;

describe('shapes/load-shapes', () => {
  it('loads a file: shares from weights, mistake steps out of the targets, the tools each shape calls', () => {
    const [clean, stale] = parse(GOOD);
    expect(clean.share).to.equal(6 / 7);
    expect(stale.share).to.equal(1 / 7);
    expect(stale.steps.map((s) => [s.step, s.target, s.mistake])).to.deep.equal([
      ['check', true, false],
      ['fix-top-down', false, true],
      ['check', true, false],
      ['fix-each', true, false],
      ['check', true, false],
    ]);
    expect([clean.hasMistake, stale.hasMistake]).to.deep.equal([false, true]);
    expect(stale.tools.sort()).to.deep.equal(['apply_fix', 'run_linter', 'submit_result']);
  });

  it('every shipped shapes.yaml loads against its domain and keeps mistakes within max_mistake_share', async () => {
    for (const name of DOMAIN_NAMES) {
      const d = await loadDomain(name);
      const shapes = loadShapes(projectPath(d.shapesPath), d.vocabulary);
      expect(shapes.length, name).to.be.at.least(3);
      const mistakes = shapes.filter((s) => s.hasMistake).reduce((n, s) => n + s.share, 0);
      expect(mistakes, name).to.be.at.most(0.15);
      // The already-done case keeps a declared share in every domain.
      expect(shapes.some((s) => s.steps.every((st) => !st.mistake) && /clean|skip|already/.test(s.name)), name).to.equal(true);
    }
  });

  it('an unknown step names the file, line, shape and field, and lists the known steps', () => {
    fails(GOOD.replace('steps: [check]', 'steps: [check, fix-sideways]'), /my\/shapes\.yaml:6: shapes\[0\] \(clean\)\.steps\[1\]: unknown step "fix-sideways"/);
    try {
      parse(GOOD.replace('steps: [check]', 'steps: [fix-sideways]'));
    } catch (e) {
      expect((e as ShapesError).suggestions.join(' ')).to.include('lint knows: check, fix-each, fix-all');
    }
  });

  it('an unknown predicate', () => {
    fails(GOOD.replace('when: [clean]', 'when: [spotless]'), /shapes\[0\] \(clean\)\.when\[0\]: unknown predicate "spotless"/);
  });

  it('a weight of 0, a negative one, and one that is not a number', () => {
    fails(GOOD.replace('weight: 6', 'weight: 0'), /:4: shapes\[0\] \(clean\)\.weight: must be a number above 0, got 0/);
    fails(GOOD.replace('weight: 6', 'weight: -2'), /shapes\[0\] \(clean\)\.weight: must be a number above 0/);
    fails(GOOD.replace('weight: 6', 'weight: lots'), /shapes\[0\] \(clean\)\.weight: .*number/);
  });

  it('a mistake written as a learning target, and a procedure step marked as a mistake', () => {
    fails(GOOD.replace('{step: fix-top-down, target: false}', 'fix-top-down'), /shapes\[1\] \(stale\)\.steps\[1\]: fix-top-down is a deliberate mistake, so it cannot be a learning target/);
    fails(GOOD.replace('steps: [check]', 'steps: [{step: check, target: false}]'), /shapes\[0\] \(clean\)\.steps\[0\]: check is what the policy does, so it is a learning target/);
  });

  it('mistakes over max_mistake_share', () => {
    fails(GOOD.replace('weight: 1', 'weight: 2'), /shapes: shapes with a mistake take 25\.0% of the weight, over max_mistake_share 0\.15/);
    expect(parse(`max_mistake_share: 0.5\n${GOOD.replace('weight: 1', 'weight: 2')}`)).to.have.length(2);
  });

  it('an unknown summary placeholder, a duplicate name, a missing field, another domain', () => {
    fails(GOOD.replace('"{file} is clean."', '"{path} is clean."'), /shapes\[0\] \(clean\)\.summaries\[0\]: unknown placeholder \{path\}/);
    fails(GOOD.replace('name: stale', 'name: clean'), /shapes\[1\] \(clean\)\.name: a second shape named clean/);
    fails(GOOD.replace('    summaries: ["{file} is clean."]\n', ''), /shapes\[0\] \(clean\)\.summaries/);
    fails(GOOD.replace('domain: lint', 'domain: docstring'), /my\/shapes\.yaml:1: domain: is docstring, but this is the lint command/);
    expect(() => parse('domain: lint\nshapes: [\n')).to.throw(FixtureError, /my\/shapes\.yaml:\d+: malformed YAML/);
  });

  it('a file that cannot be read names the path', () => {
    expect(() => loadShapes(projectPath('rules/lint/no-such-shapes.yaml'), lint.vocabulary)).to.throw(ShapesError, /rules\/lint\/no-such-shapes\.yaml: cannot read the shapes file: ENOENT/);
  });
});
