import { formatIssue, type ContractIssue } from './issues.js';

/**
 * Thrown when an event or a handler output breaks the Cognito contract. The message reads like
 * zod's pretty errors: a header naming the trigger and source, then one line per issue with its
 * path and rule.
 */
export class CognitoContractError extends Error {
  override readonly name = 'CognitoContractError';
  readonly issues: readonly ContractIssue[];
  readonly header: string;

  constructor(header: string, issues: readonly ContractIssue[], options?: { caller?: (...args: never[]) => unknown }) {
    super(`${header}\n${issues.map((i) => `  ✖ ${formatIssue(i)}`).join('\n')}`);
    this.header = header;
    this.issues = issues;
    // Cut the stack at the caller, so the first frame a test runner shows is the user's call.
    const capture = (Error as { captureStackTrace?: (target: object, fn?: unknown) => void }).captureStackTrace;
    if (options?.caller && capture) capture(this, options.caller);
  }
}

/**
 * Thrown for a wrong argument to a library function: an unknown trigger or triggerSource, a bad
 * override path, an out-of-range option. `path` names the argument or field, `rule` the constraint.
 */
export class KitUsageError extends Error {
  override readonly name = 'KitUsageError';
  constructor(
    message: string,
    readonly path: string = '',
    readonly rule: string = 'usage',
  ) {
    super(message);
  }
}
