import { expect } from 'chai';
import { tempDir } from '../support/generate-to-temp.js';
import { runCli } from '../support/run-cli.js';

const flat = (s: string) => s.replace(/\s*›\s*/g, ' ');

describe('cli/trajgen-command: exit codes and --json errors, one place for every command', function () {
  const BAD: [string[], RegExp][] = [
    [['lint', '--seed', 'abc'], /--seed must be a whole number, got "abc"/],
    [['lint', '--count', 'abc'], /--count must be a whole number of at least 1, got "abc"/],
    [['test', '--count', '0'], /--count must be a whole number of at least 1, got "0"/],
    [['docstring', '--split', '2'], /--split must be a number in \(0, 1\], got "2"/],
    [['lint', '--workers', 'two'], /--workers must be a whole number from 0 to 16, got "two"/],
    [['sample-data', '--no-such-flag'], /Nonexistent flag: --no-such-flag/],
    [['all', '--only', 'lint,nope'], /unknown domain "nope"/],
    [['lint', '--fixtures', '/no/such/folder'], /\/no\/such\/folder: fixtures folder does not exist/],
    [['stats', '/no/such/folder'], /no\/such\/folder/],
  ];

  for (const [args, message] of BAD) {
    it(`${args.join(' ')}: exit 2 and a message naming it`, () => {
      // A failed generate run must not write into --out; stats writes nothing anyway.
      const r = runCli(args[0] === 'stats' ? args : [...args, '--out', tempDir()]);
      expect(r.status, r.stderr).to.equal(2);
      expect(flat(r.stderr)).to.match(message);
      expect(flat(r.stderr)).to.not.match(/Parsing --|See more help with --help\s*$/);
    });
  }

  it('with --json, an error is {"error": {"message", "hint", "exit"}} on stdout and nothing else', () => {
    const flag = runCli(['lint', '--seed', 'abc', '--json']);
    expect(flag.status).to.equal(2);
    expect(JSON.parse(flag.stdout)).to.deep.equal({ error: { message: '--seed must be a whole number, got "abc"', hint: null, exit: 2 } });
    const missing = runCli(['lint', '--fixtures', '/no/such/folder', '--json']);
    expect(missing.status).to.equal(2);
    expect(JSON.parse(missing.stdout)).to.deep.equal({ error: { message: '/no/such/folder: fixtures folder does not exist', hint: 'Pass an existing folder with --fixtures.', exit: 2 } });
  });
});
