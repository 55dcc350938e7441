import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect } from 'chai';
import { loadLintRules, ruffSelection } from '../../../src/domains/lint/rules.js';
import type { TrainingExample } from '../../../src/schema/conversation.js';
import { generateToTemp, shownCode, tempDir, toolCalls } from '../../support/generate-to-temp.js';

interface CliFinding {
  code: string;
  filename: string;
  location: { row: number; column: number };
  fix: { applicability: 'safe' | 'unsafe' | 'display-only' } | null;
}

// An __init__.py (where an unused import may be a re-export) and an unused `except ... as exc`.
const PACKAGE = 'import os\nimport json as serial\n\n\ndef load(text):\n    try:\n        return serial.loads(text)\n    except ValueError as exc:\n        return None\n';

/**
 * The judge of fix safety is the ruff CLI itself: its JSON says for every finding whether its fix
 * is safe. Every first report of a lint run (the shipped fixtures, their versions, a package)
 * must mark exactly those findings fixable, with each file linted under its real name.
 */
describe('lint: fixable is what the ruff CLI calls a safe fix (JSON applicability)', function () {
  this.timeout(300_000);

  it('agrees on every finding of every first report', async () => {
    const pkg = tempDir('trajgen-pkg-');
    mkdirSync(join(pkg, 'shop'));
    writeFileSync(join(pkg, 'shop', '__init__.py'), PACKAGE);
    writeFileSync(join(pkg, 'shop', 'loader.py'), PACKAGE);
    const runs = [await generateToTemp('lint', { count: 200, split: 0.9, seed: 9 }), await generateToTemp('lint', { count: 12, split: 1, seed: 1, fixturesDir: pkg })];
    try {
      const examples: TrainingExample[] = runs.flatMap((r) => [...r.train, ...r.eval]);
      const root = tempDir('trajgen-ruff-cli-');
      const claims = new Map<string, { code: string; line: number; col: number; fixable: boolean }[]>();
      examples.forEach((ex, i) => {
        const file = join(root, `e${i}`, basename(ex.meta.fixture));
        mkdirSync(join(file, '..'));
        writeFileSync(file, shownCode(ex));
        const first = toolCalls(ex).find((c) => c.name === 'run_linter')!.result as { issues: { code: string; line: number; col: number; fixable: boolean }[] };
        claims.set(file, first.issues.map(({ code, line, col, fixable }) => ({ code, line, col, fixable })));
      });
      const { codes, preview, lineLength } = ruffSelection(await loadLintRules());
      const out = execFileSync('python3', ['-m', 'ruff', 'check', '--no-cache', '--isolated', ...(preview ? ['--preview'] : []), '--select', codes.join(','), '--line-length', String(lineLength), '--output-format', 'json', '--exit-zero', root], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const cli = new Map<string, { code: string; line: number; col: number; fixable: boolean }[]>();
      for (const f of JSON.parse(out) as CliFinding[]) {
        cli.set(f.filename, [...(cli.get(f.filename) ?? []), { code: f.code, line: f.location.row, col: f.location.column, fixable: f.fix?.applicability === 'safe' }]);
      }
      const key = (x: { code: string; line: number; col: number }) => `${x.line}:${x.col}:${x.code}`;
      let compared = 0;
      const seen = new Set<string>();
      for (const [file, mine] of claims) {
        const theirs = new Map((cli.get(file) ?? []).map((f) => [key(f), f.fixable]));
        for (const m of mine) {
          // The CLI (a slightly older release than the wasm build) may not know every preview finding; compare where it reports one.
          if (!theirs.has(key(m))) continue;
          expect(m.fixable, `${file} ${key(m)}`).to.equal(theirs.get(key(m)));
          compared++;
          seen.add(`${m.code}:${m.fixable}`);
        }
      }
      expect(compared).to.be.greaterThan(300);
      for (const want of ['F401:true', 'F401:false', 'F841:true', 'F841:false', 'E501:false', 'W291:true']) expect(seen.has(want), want).to.equal(true);
    } finally {
      runs.forEach((r) => r.cleanup());
    }
  });
});
