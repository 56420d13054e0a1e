/**
 * Option parsing and the command shape. Every command declares its options once; parsing, `--help`
 * and the "unknown option" message all come from that declaration.
 */
import { parseArgs } from 'node:util';
import type { TokenVersion } from '../triggers/registry.js';
import { editDistance } from '../triggers/registry.js';
import { UsageError } from './errors.js';
import { writeText, type CliIo } from './io.js';

/** A boolean flag such as `--json`. */
export interface FlagOption {
  readonly type: 'boolean';
  readonly short?: string;
  readonly description: string;
}

/** An option with a value: `--target X` or `--target=X`; `multiple` options may repeat (`--set a=1 --set b=2`). */
export interface ValueOption {
  readonly type: 'string';
  readonly multiple?: boolean;
  readonly short?: string;
  /** Placeholder shown in help, e.g. `<target>` or `1|2|3`. */
  readonly valueName: string;
  readonly description: string;
}

/** A command's options, by long name (without the dashes). */
export type OptionsSpec = Readonly<Record<string, FlagOption | ValueOption>>;

/** Parsed option values: flags are booleans, options their string (or every string, if repeatable). */
export type OptionValues<O extends OptionsSpec> = {
  [K in keyof O]: O[K] extends FlagOption ? boolean : O[K] extends { multiple: true } ? string[] : string | undefined;
};

/** Result of {@link parseCommandArgs}. */
export interface ParsedArgs<O extends OptionsSpec> {
  readonly values: OptionValues<O>;
  readonly positionals: string[];
}

const HELP_OPTION: FlagOption = { type: 'boolean', short: 'h', description: 'Print this help.' };

function optionName(name: string, spec: FlagOption | ValueOption): string {
  return spec.type === 'string' ? `--${name} ${spec.valueName}` : `--${name}`;
}

/**
 * Parses a command's arguments against its declared options: `--flag`, `--opt value`,
 * `--opt=value`, repeatable options, `--` ending the options. Throws a {@link UsageError} naming an
 * unknown option (with the closest known one), a missing value, a value given to a flag, or a
 * non-repeatable option given twice.
 *
 * @example
 * parseCommandArgs('validate', ['a.json', '--json'], { json: { type: 'boolean', description: '' } })
 * // { values: { json: true }, positionals: ['a.json'] }
 */
export function parseCommandArgs<O extends OptionsSpec>(command: string, args: readonly string[], options: O): ParsedArgs<O> {
  const known: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  for (const [name, spec] of Object.entries(options)) {
    known[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
  }
  // Non-strict, with tokens, so every problem gets our own message rather than Node's.
  const { tokens } = parseArgs({ args: [...args], options: known, allowPositionals: true, strict: false, tokens: true });
  const values: Record<string, boolean | string | string[] | undefined> = {};
  for (const [name, spec] of Object.entries(options)) {
    values[name] = spec.type === 'boolean' ? false : spec.multiple ? [] : undefined;
  }
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) throw new UsageError(unknownOptionMessage(command, token.rawName, options));
    if (spec.type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(`${token.rawName} is a flag and takes no value (got ${JSON.stringify(token.value)}).`);
      }
      values[token.name] = true;
      continue;
    }
    const shownName = optionName(token.name, spec);
    if (token.value === undefined) throw new UsageError(`${token.rawName} needs a value: ${shownName}.`);
    // A negative number is a value, not an option: `--seed -1234` (fuzz prints such seeds) or `--runs -5`.
    if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-' && !/^-\d+$/.test(token.value)) {
      throw new UsageError(
        `${token.rawName} needs a value, but the next argument is ${JSON.stringify(token.value)}; to pass a value that starts with a dash, write ${token.rawName}=${token.value}.`,
      );
    }
    if (spec.multiple) {
      (values[token.name] as string[]).push(token.value);
    } else {
      if (values[token.name] !== undefined) {
        throw new UsageError(`${token.rawName} is given more than once; ${command} takes one ${shownName}.`);
      }
      values[token.name] = token.value;
    }
  }
  return { values: values as OptionValues<O>, positionals };
}

function unknownOptionMessage(command: string, raw: string, options: OptionsSpec): string {
  const names = Object.keys(options);
  const bare = raw.replace(/^-+/, '');
  let near: string | undefined;
  let best = Infinity;
  for (const name of names) {
    const d = editDistance(bare.toLowerCase(), name);
    if (d < best) {
      best = d;
      near = name;
    }
  }
  const hint = near !== undefined && best <= Math.max(2, Math.floor(bare.length / 3)) ? ` (did you mean --${near}?)` : '';
  const list = Object.entries(options)
    .map(([name, spec]) => optionName(name, spec))
    .join(', ');
  return `unknown option ${raw}${hint}. ${command} accepts ${list}.`;
}

/**
 * Reads `--version 1|2|3` (the pre token generation event version).
 *
 * @example
 * versionOption('2') // 2
 * versionOption(undefined) // undefined
 */
export function versionOption(value: string | undefined): TokenVersion | undefined {
  if (value === undefined) return undefined;
  if (value === '1' || value === '2' || value === '3') return Number(value) as TokenVersion;
  throw new UsageError(`--version must be 1, 2 or 3 (the pre token generation event version), got ${JSON.stringify(value)}.`);
}

/**
 * Reads an option that takes one of a few words.
 *
 * @example
 * choiceOption('io', 'output', ['input', 'output'], 'input') // 'output'
 */
export function choiceOption<const C extends string>(name: string, value: string | undefined, choices: readonly C[], fallback: C): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(`--${name} must be ${choices.join(' or ')}, got ${JSON.stringify(value)}.`);
}

/** What a command declares: its name, help text, options, positional arguments and its action. */
export interface CommandDefinition<O extends OptionsSpec> {
  readonly name: string;
  /** One line for the global help. */
  readonly summary: string;
  /** Usage line after the program name, e.g. `schema <target|all> [--io input|output]`. */
  readonly usage: string;
  /** Paragraphs for the command's `--help`, after the usage line. */
  readonly description: string;
  readonly options: O;
  /** How many positional arguments the command takes, and how they read in messages. */
  readonly positionals: { readonly min: number; readonly max?: number; readonly name: string };
  run(args: ParsedArgs<O>, io: CliIo): Promise<number>;
}

/** A command as `main` sees it: a name, a summary, its help, and `execute` (parse, then run). */
export interface Command {
  readonly name: string;
  readonly summary: string;
  help(): string;
  /** Parses `args` (everything after the command name) and runs; resolves to the exit code. */
  execute(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * Declares a command. `--help`/`-h` is added to every command; positional counts are checked before
 * `run` is called.
 *
 * @example
 * export const listCommand = defineCommand({
 *   name: 'list', summary: 'Every trigger slug and its triggerSources.', usage: 'list [--json]',
 *   description: '…', options: { json: { type: 'boolean', description: 'Machine-readable output.' } },
 *   positionals: { min: 0, max: 0, name: '' },
 *   async run({ values }, io) { … return 0; },
 * });
 */
export function defineCommand<const O extends OptionsSpec>(definition: CommandDefinition<O>): Command {
  const withHelp = { ...definition.options, help: HELP_OPTION };
  const help = (): string => {
    const rows = Object.entries(withHelp).map(([name, spec]) => {
      const left = `${spec.short ? `-${spec.short}, ` : ''}${optionName(name, spec)}`;
      return [left, spec.description] as const;
    });
    const width = Math.max(...rows.map(([left]) => left.length));
    return (
      `Usage: cognito-trigger-kit ${definition.usage}\n\n${definition.description.trim()}\n\nOptions:\n` +
      rows.map(([left, text]) => `  ${left.padEnd(width)}  ${text}`).join('\n') +
      '\n'
    );
  };
  return {
    name: definition.name,
    summary: definition.summary,
    help,
    async execute(args, io) {
      const parsed = parseCommandArgs(definition.name, args, withHelp);
      if (parsed.values.help) {
        await writeText(io.stdout, help());
        return 0;
      }
      const { min, max, name } = definition.positionals;
      const count = parsed.positionals.length;
      if (count < min) {
        throw new UsageError(`${definition.name} needs ${name}. Usage: cognito-trigger-kit ${definition.usage}.`);
      }
      if (max !== undefined && count > max) {
        const extra = parsed.positionals.slice(max).map((p) => JSON.stringify(p)).join(' ');
        throw new UsageError(
          `${definition.name} takes ${max === 0 ? 'no arguments' : `${max} argument${max === 1 ? '' : 's'}`}, got the extra ${extra}. Usage: cognito-trigger-kit ${definition.usage}.`,
        );
      }
      const { help: _help, ...values } = parsed.values;
      return definition.run({ values: values as unknown as OptionValues<O>, positionals: parsed.positionals }, io);
    },
  };
}
