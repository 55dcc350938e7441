import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';
import { defineRule } from '../../src/rules/define-rule.js';
import { discoverRulesIn, RuleFileError } from '../../src/rules/discover-rules.js';
import { QueryError } from '../../src/parse/load-query.js';
import { initPython } from '../../src/parse/python.js';
import { projectPath } from '../../src/paths.js';
import { tempDir } from '../support/generate-to-temp.js';

const DEFINE = pathToFileURL(projectPath('dist/src/rules/define-rule.js')).href;

/** A scratch rules/<domain>/ folder of compiled-looking rule modules. */
function scratch(files: Record<string, string>): { dir: string; cleanup(): void } {
  const root = tempDir('trajgen-rules-');
  const dir = join(root, 'lint');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return { dir, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

const ruleModule = `import { defineRule } from '${DEFINE}';\nexport default { ...defineRule(import.meta.url), meta: {} };\n`;

describe('rules/define-rule', () => {
  before(initPython);

  it('takes the id from the file name and the domain from its folder', () => {
    const rule = defineRule(pathToFileURL(projectPath('dist/rules/lint/F401.js')).href);
    expect([rule.id, rule.domain]).to.deep.equal(['F401', 'lint']);
  });

  it('loads the query beside the rule, in the source tree, and checks its captures', () => {
    const rule = defineRule(pathToFileURL(projectPath('dist/rules/lint/E225.js')).href);
    expect(rule.query(['op']).captureNames).to.include('op');
    expect(() => rule.query(['op', 'missing'])).to.throw(QueryError, /rules\/lint\/E225\.scm: capture @missing is never used/);
    expect(() => rule.query([])).to.throw(QueryError, /unknown capture @op/);
  });

  it('discovers a rule with its cases', async () => {
    const s = scratch({ 'X100.js': ruleModule, 'X100.cases.js': 'export const cases = { valid: [], invalid: [] };\n' });
    try {
      const found = await discoverRulesIn(s.dir, 'lint');
      expect(found.map((r) => r.rule.id)).to.deep.equal(['X100']);
      expect(found[0].cases).to.deep.equal({ valid: [], invalid: [] });
    } finally {
      s.cleanup();
    }
  });

  it('refuses a rule without a cases file, naming the file', async () => {
    const s = scratch({ 'X101.js': ruleModule });
    try {
      await discoverRulesIn(s.dir, 'lint').then(
        () => expect.fail('accepted a rule without cases'),
        (e) => {
          expect(e).to.be.instanceOf(RuleFileError);
          expect(String(e.message)).to.match(/X101\.js: every rule has its cases beside it; X101\.cases\.ts is missing/);
        },
      );
    } finally {
      s.cleanup();
    }
  });

  it('refuses a rule file that does not end with a define...Rule default export', async () => {
    const s = scratch({ 'X102.js': 'export const meta = {};\n', 'X102.cases.js': 'export const cases = {};\n' });
    try {
      await discoverRulesIn(s.dir, 'lint').then(
        () => expect.fail('accepted a rule without a default export'),
        (e) => expect(String(e.message)).to.match(/X102\.js: a rule file ends with `export default define\.\.\.Rule/),
      );
    } finally {
      s.cleanup();
    }
  });
});
