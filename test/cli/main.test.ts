import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFailure, reportFailure, UsageError } from '../../src/cli/errors.js';
import { COMMANDS } from '../../src/cli/main.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { cli, expectOneParagraph, memoryIo, ROOT } from './cli-helpers.js';

describe('global flags', () => {
  it.each([['--help'], ['-h'], ['help']])('%s prints the help listing every command, exit 0', async (flag) => {
    const r = await cli([flag]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: cognito-trigger-kit <command>/);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name}`);
  });

  it('--version prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    const r = await cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('help <command> prints that command’s help', async () => {
    const r = await cli(['help', 'validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: cognito-trigger-kit validate <file\|->/);
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s --help prints its usage and options, exit 0', async (name) => {
    const r = await cli([name, '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Usage: cognito-trigger-kit ${name}`));
    expect(r.stdout).toContain('-h, --help');
    const short = await cli([name, '-h']);
    expect(short.stdout).toBe(r.stdout);
  });
});

describe('dispatch errors: exit 2, one paragraph on stderr', () => {
  it('no command names the commands', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    for (const c of COMMANDS) expect(r.stderr).toContain(c.name);
  });

  it('an unknown command names the commands and suggests the closest', async () => {
    const r = await cli(['lsit']);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('unknown command "lsit" (did you mean list?)');
    for (const c of COMMANDS) expect(r.stderr).toContain(c.name);
  });

  it('a command far from every known one gets no suggestion', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate".');
    expect(r.stderr).not.toContain('did you mean');
  });

  it('help for an unknown command is a usage error', async () => {
    const r = await cli(['help', 'valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('did you mean validate?');
  });

  it('an option before the command is refused, naming it', async () => {
    const r = await cli(['--verbose', 'list']);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('unknown option --verbose');
  });

  it('an unknown command option names it, suggests the closest and lists the accepted ones', async () => {
    const r = await cli(['list', '--jsno']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneParagraph(r.stderr);
    expect(r.stderr).toBe(
      'cognito-trigger-kit list: unknown option --jsno (did you mean --json?). list accepts --json, --help.\n',
    );
  });

  it('a library KitUsageError (unknown target) becomes exit 2 with its message', async () => {
    const r = await cli(['schema', 'pre-sigup']);
    expect(r.code).toBe(2);
    expectOneParagraph(r.stderr);
    expect(r.stderr).toContain('"pre-sigup" is not a trigger slug or triggerSource (did you mean pre-signup?)');
  });
});

describe('formatFailure / reportFailure', () => {
  it('prints a usage error as its message, prefixed by the command', () => {
    expect(formatFailure(new UsageError('bad thing.'), { command: 'validate' })).toBe('cognito-trigger-kit validate: bad thing.');
    expect(formatFailure(new KitUsageError('unknown target x', 'target'))).toBe('cognito-trigger-kit: unknown target x');
  });

  it('joins a multi-line message into one paragraph', () => {
    expect(formatFailure(new UsageError('first\n  second\nthird'))).toBe('cognito-trigger-kit: first second third');
  });

  it('prints an unexpected error as an internal error without its stack', () => {
    const m = memoryIo();
    const code = reportFailure(new TypeError('boom'), m.io.stderr, { command: 'list' });
    expect(code).toBe(2);
    expect(m.stderr()).toBe('cognito-trigger-kit list: internal error: boom. Set CTK_DEBUG=1 to print the stack trace.\n');
  });

  it('prints the stack too when debugging (CTK_DEBUG=1)', () => {
    const m = memoryIo();
    const error = new Error('boom');
    reportFailure(error, m.io.stderr, { debug: true });
    expect(m.stderr().startsWith('cognito-trigger-kit: internal error: boom.\n')).toBe(true);
    expect(m.stderr()).toContain(error.stack!);
  });

  it('describes a thrown non-Error value', () => {
    expect(formatFailure('oops')).toBe('cognito-trigger-kit: internal error: a non-Error value was thrown: oops.');
  });
});
