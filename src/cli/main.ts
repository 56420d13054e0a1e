/**
 * The CLI's dispatch: global flags, then one command from {@link COMMANDS}. Adding a command is one
 * row in that table. A command's module is imported only when it runs (or its help is printed):
 * `event` should not pay at start-up for what `fuzz` and `flow` load.
 */
import { readFileSync } from 'node:fs';
import { editDistance } from '../triggers/registry.js';
import type { Command } from './args.js';
import { reportFailure, UsageError } from './errors.js';
import { writeText, type CliIo } from './io.js';

/** A row of {@link COMMANDS}: the command's name, and how to load it. */
export interface CommandEntry {
  readonly name: string;
  load(): Promise<Command>;
}

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'list', load: async () => (await import('./commands/list.js')).listCommand },
  { name: 'event', load: async () => (await import('./commands/event.js')).eventCommand },
  { name: 'validate', load: async () => (await import('./commands/validate.js')).validateCommand },
  { name: 'schema', load: async () => (await import('./commands/schema.js')).schemaCommand },
  { name: 'fuzz', load: async () => (await import('./commands/fuzz.js')).fuzzCommand },
  { name: 'flow', load: async () => (await import('./commands/flow.js')).flowCommand },
];

/** Loads a command, checking that its module declares the name the table lists. */
async function loadCommand(entry: CommandEntry): Promise<Command> {
  const command = await entry.load();
  if (command.name !== entry.name) throw new Error(`the CLI table lists "${entry.name}" but its module declares "${command.name}"`);
  return command;
}

const PROGRAM = 'cognito-trigger-kit';

/** The package version, read at run time so the binary and package.json never disagree. */
function packageVersion(): string {
  // src/cli/main.ts and dist/cli/main.js both sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return String(pkg.version);
}

async function globalHelp(): Promise<string> {
  const commands = await Promise.all(COMMANDS.map(loadCommand));
  const width = Math.max(...commands.map((c) => c.name.length));
  return (
    `Usage: ${PROGRAM} <command> [options]\n\n` +
    'Contract and fixture test kit for Amazon Cognito user pool Lambda triggers.\n\n' +
    'Commands:\n' +
    commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n') +
    '\n\nOptions:\n' +
    '  -h, --help     Print this help (or "<command> --help" for one command).\n' +
    '  --version      Print the version.\n\n' +
    'Exit codes: 0 success, 1 a contract violation or invalid event, 2 usage error or unreadable input.\n' +
    'Set CTK_DEBUG=1 to print the stack trace of an internal error.\n'
  );
}

function commandList(): string {
  return COMMANDS.map((c) => c.name).join(', ');
}

function unknownCommand(name: string): UsageError {
  let near: string | undefined;
  let best = Infinity;
  for (const c of COMMANDS) {
    const d = editDistance(name.toLowerCase(), c.name);
    if (d < best) {
      best = d;
      near = c.name;
    }
  }
  const hint = near !== undefined && best <= Math.max(2, Math.floor(name.length / 3)) ? ` (did you mean ${near}?)` : '';
  return new UsageError(
    `unknown command ${JSON.stringify(name)}${hint}. The commands are ${commandList()}; run "${PROGRAM} --help" for usage.`,
  );
}

/**
 * Runs the CLI: `argv` is everything after the program name. Resolves to the exit code (0 success,
 * 1 contract violation, 2 usage error or unreadable input); never rejects, and prints a usage error
 * or an internal error as one paragraph on `io.stderr`.
 *
 * @example
 * const code = await main(['validate', 'events.ndjson', '--strict'], defaultIo());
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const debug = io.env?.CTK_DEBUG === '1';
  let commandName: string | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      throw new UsageError(`no command given. The commands are ${commandList()}; run "${PROGRAM} --help" for usage.`);
    }
    if (first === '--help' || first === '-h') {
      await writeText(io.stdout, await globalHelp());
      return 0;
    }
    if (first === '--version') {
      await writeText(io.stdout, `${packageVersion()}\n`);
      return 0;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        await writeText(io.stdout, await globalHelp());
        return 0;
      }
      const found = COMMANDS.find((c) => c.name === topic);
      if (!found) throw unknownCommand(topic);
      await writeText(io.stdout, (await loadCommand(found)).help());
      return 0;
    }
    if (first.startsWith('-')) {
      throw new UsageError(
        `unknown option ${first}: before the command only --help and --version are accepted. Usage: ${PROGRAM} <command> [options]; the commands are ${commandList()}.`,
      );
    }
    const entry = COMMANDS.find((c) => c.name === first);
    if (!entry) throw unknownCommand(first);
    commandName = entry.name;
    return await (await loadCommand(entry)).execute(rest, io);
  } catch (error) {
    return reportFailure(error, io.stderr, { command: commandName, debug });
  }
}
