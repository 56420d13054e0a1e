/**
 * CLI failures: every problem a person can cause (a wrong option, an unknown target, a file that is
 * not JSON) ends as one paragraph on stderr and exit code 2, never a stack trace.
 */
import type { Writable } from 'node:stream';
import { CognitoContractError, KitUsageError } from '../shared/errors.js';

/** Exit code of a usage error or unreadable input (CLI.md). */
export const EXIT_USAGE = 2;

/**
 * A mistake in how the CLI was called, or input it cannot read. The message is one paragraph that
 * names the option, target or file and says what would work instead.
 *
 * @example
 * throw new UsageError('"events.json" is empty: expected one event, a JSON array of events, or NDJSON.');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** Always 2: the exit code CLI.md gives to usage errors. */
  readonly exitCode = EXIT_USAGE;
}

/** What the top-level handler needs to know besides the error. */
export interface FailureContext {
  /** The command being run, if the failure happened inside one (used as the message prefix). */
  readonly command?: string | undefined;
  /** Print the stack too (`CTK_DEBUG=1`). */
  readonly debug?: boolean | undefined;
}

/** Turns a multi-line message into one paragraph (JSON.parse quotes input snippets with newlines). */
function paragraph(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The one paragraph the CLI prints for a thrown value. Usage errors (ours and the library's
 * {@link KitUsageError}) print their message; anything else is an internal error, printed with its
 * message only, because a stack trace is noise for someone who mistyped a path.
 *
 * @example
 * formatFailure(new UsageError('unknown option --jsno (did you mean --json?)'), { command: 'list' })
 * // 'cognito-trigger-kit list: unknown option --jsno (did you mean --json?)'
 */
export function formatFailure(error: unknown, context: FailureContext = {}): string {
  const prefix = context.command ? `cognito-trigger-kit ${context.command}: ` : 'cognito-trigger-kit: ';
  let body: string;
  if (error instanceof UsageError || error instanceof KitUsageError) {
    body = error.message;
  } else if (error instanceof CognitoContractError) {
    body = `${error.header} ${error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`;
  } else if (error instanceof Error) {
    body = `internal error: ${error.message || error.name}.${context.debug ? '' : ' Set CTK_DEBUG=1 to print the stack trace.'}`;
  } else {
    body = `internal error: a non-Error value was thrown: ${String(error)}.`;
  }
  return prefix + paragraph(body);
}

/**
 * The top-level handler: writes {@link formatFailure}'s paragraph to `stderr` (plus the stack when
 * `debug`) and returns exit code 2.
 *
 * @example
 * try { return await run(); } catch (error) { return reportFailure(error, io.stderr, { command: 'validate' }); }
 */
export function reportFailure(error: unknown, stderr: Writable, context: FailureContext = {}): number {
  let text = `${formatFailure(error, context)}\n`;
  if (context.debug && error instanceof Error && error.stack) text += `${error.stack}\n`;
  stderr.write(text);
  return EXIT_USAGE;
}
