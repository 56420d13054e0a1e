/**
 * The CLI's dispatch: global flags, then one command from {@link COMMANDS}. Adding a command is one
 * import and one row in that table.
 */
import { readFileSync } from 'node:fs';
import { editDistance } from '../triggers/registry.js';
import type { Command } from './args.js';
import { eventCommand } from './commands/event.js';
import { flowCommand } from './commands/flow.js';
import { fuzzCommand } from './commands/fuzz.js';
import { listCommand } from './commands/list.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import { reportFailure, UsageError } from './errors.js';
import { writeText, type CliIo } from './io.js';

/** Every command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [listCommand, eventCommand, validateCommand, schemaCommand, fuzzCommand, flowCommand];

const PROGRAM = 'cognito-trigger-kit';

/** The package version, read at run time so the binary and package.json never disagree. */
function packageVersion(): string {
  // src/cli/main.ts and dist/cli/main.js both sit two levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
  return String(pkg.version);
}

function globalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return (
    `Usage: ${PROGRAM} <command> [options]\n\n` +
    'Contract and fixture test kit for Amazon Cognito user pool Lambda triggers.\n\n' +
    'Commands:\n' +
    COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n') +
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
  let command: Command | undefined;
  try {
    const [first, ...rest] = argv;
    if (first === undefined) {
      throw new UsageError(`no command given. The commands are ${commandList()}; run "${PROGRAM} --help" for usage.`);
    }
    if (first === '--help' || first === '-h') {
      await writeText(io.stdout, globalHelp());
      return 0;
    }
    if (first === '--version') {
      await writeText(io.stdout, `${packageVersion()}\n`);
      return 0;
    }
    if (first === 'help') {
      const topic = rest[0];
      if (topic === undefined) {
        await writeText(io.stdout, globalHelp());
        return 0;
      }
      const found = COMMANDS.find((c) => c.name === topic);
      if (!found) throw unknownCommand(topic);
      await writeText(io.stdout, found.help());
      return 0;
    }
    if (first.startsWith('-')) {
      throw new UsageError(
        `unknown option ${first}: before the command only --help and --version are accepted. Usage: ${PROGRAM} <command> [options]; the commands are ${commandList()}.`,
      );
    }
    command = COMMANDS.find((c) => c.name === first);
    if (!command) throw unknownCommand(first);
    return await command.execute(rest, io);
  } catch (error) {
    return reportFailure(error, io.stderr, { command: command?.name, debug });
  }
}
