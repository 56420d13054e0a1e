import { describe, expect, it } from 'vitest';
import { choiceOption, defineCommand, parseCommandArgs, versionOption } from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/errors.js';
import { memoryIo } from './cli-helpers.js';

const OPTIONS = {
  json: { type: 'boolean', description: 'JSON.' },
  target: { type: 'string', valueName: '<target>', description: 'Target.' },
  set: { type: 'string', multiple: true, valueName: 'path=JSON', description: 'Override.' },
} as const;

function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('expected a UsageError');
}

describe('parseCommandArgs', () => {
  it('reads flags, --opt value, --opt=value and positionals in any order', () => {
    expect(parseCommandArgs('x', ['a.json', '--json', '--target', 'pre-signup', 'b.json'], OPTIONS)).toEqual({
      values: { json: true, target: 'pre-signup', set: [] },
      positionals: ['a.json', 'b.json'],
    });
    expect(parseCommandArgs('x', ['--target=PreSignUp_SignUp'], OPTIONS).values.target).toBe('PreSignUp_SignUp');
  });

  it('defaults: flags false, single options undefined, repeatable options empty', () => {
    expect(parseCommandArgs('x', [], OPTIONS).values).toEqual({ json: false, target: undefined, set: [] });
  });

  it('collects a repeatable option in order, keeping "=" inside values', () => {
    expect(parseCommandArgs('x', ['--set', 'a=1', '--set=b.c="x=y"'], OPTIONS).values.set).toEqual(['a=1', 'b.c="x=y"']);
  });

  it('takes "-" as a positional (stdin) and everything after "--" as positionals', () => {
    expect(parseCommandArgs('x', ['-', '--', '--json'], OPTIONS)).toEqual({
      values: { json: false, target: undefined, set: [] },
      positionals: ['-', '--json'],
    });
  });

  it('accepts a dash-led value written inline', () => {
    expect(parseCommandArgs('x', ['--target=-1'], OPTIONS).values.target).toBe('-1');
  });

  it('refuses an unknown option, naming it and the closest known one', () => {
    const message = usageMessage(() => parseCommandArgs('validate', ['--tagret', 'x'], OPTIONS));
    expect(message).toBe('unknown option --tagret (did you mean --target?). validate accepts --json, --target <target>, --set path=JSON.');
  });

  it('refuses an unknown short option', () => {
    expect(usageMessage(() => parseCommandArgs('x', ['-q'], OPTIONS))).toMatch(/^unknown option -q\./);
  });

  it('refuses a missing value', () => {
    expect(usageMessage(() => parseCommandArgs('x', ['--target'], OPTIONS))).toBe('--target needs a value: --target <target>.');
  });

  it('refuses an option as the value of another', () => {
    expect(usageMessage(() => parseCommandArgs('x', ['--target', '--json'], OPTIONS))).toContain(
      'the next argument is "--json"; to pass a value that starts with a dash, write --target=--json',
    );
  });

  it('refuses a value given to a flag', () => {
    expect(usageMessage(() => parseCommandArgs('x', ['--json=yes'], OPTIONS))).toBe('--json is a flag and takes no value (got "yes").');
  });

  it('refuses a single-value option given twice', () => {
    expect(usageMessage(() => parseCommandArgs('x', ['--target', 'a', '--target=b'], OPTIONS))).toContain('--target is given more than once');
  });
});

describe('option readers', () => {
  it('versionOption reads 1, 2, 3 and refuses anything else', () => {
    expect(versionOption(undefined)).toBeUndefined();
    expect([versionOption('1'), versionOption('2'), versionOption('3')]).toEqual([1, 2, 3]);
    for (const bad of ['0', '4', 'v2', '2.0', '']) {
      expect(usageMessage(() => versionOption(bad))).toContain('--version must be 1, 2 or 3');
    }
  });

  it('choiceOption returns the fallback, a listed choice, or refuses', () => {
    expect(choiceOption('io', undefined, ['input', 'output'], 'input')).toBe('input');
    expect(choiceOption('io', 'output', ['input', 'output'], 'input')).toBe('output');
    expect(usageMessage(() => choiceOption('io', 'both', ['input', 'output'], 'input'))).toBe('--io must be input or output, got "both".');
  });
});

describe('defineCommand', () => {
  const seen: unknown[] = [];
  const command = defineCommand({
    name: 'demo',
    summary: 'A demo.',
    usage: 'demo <a> [b] [--json]',
    description: 'Does a demo.',
    options: { json: { type: 'boolean', description: 'JSON.' } },
    positionals: { min: 1, max: 2, name: 'an <a>' },
    async run(args) {
      seen.push(args);
      return 0;
    },
  });

  it('passes parsed values (without help) and positionals to run', async () => {
    seen.length = 0;
    expect(await command.execute(['x', '--json'], memoryIo().io)).toBe(0);
    expect(seen).toEqual([{ values: { json: true }, positionals: ['x'] }]);
  });

  it('checks the positional count before running', async () => {
    seen.length = 0;
    await expect(command.execute([], memoryIo().io)).rejects.toThrow('demo needs an <a>. Usage: cognito-trigger-kit demo <a> [b] [--json].');
    await expect(command.execute(['1', '2', '3'], memoryIo().io)).rejects.toThrow('demo takes 2 arguments, got the extra "3".');
    expect(seen).toEqual([]);
  });

  it('prints its help, with aligned options, without running', async () => {
    seen.length = 0;
    const m = memoryIo();
    expect(await command.execute(['--help'], m.io)).toBe(0);
    expect(m.stdout()).toBe(
      'Usage: cognito-trigger-kit demo <a> [b] [--json]\n\nDoes a demo.\n\nOptions:\n  --json      JSON.\n  -h, --help  Print this help.\n',
    );
    expect(seen).toEqual([]);
  });
});
