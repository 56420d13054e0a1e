/**
 * The error a client of the Cognito API sees when a trigger fails (sheet §4.2, §6 point 3).
 *
 * Two layers produce the text. Lambda's Node.js runtime turns whatever the handler threw or passed
 * to its callback into an `errorMessage` (this module follows the runtime interface client used
 * by the nodejs20.x and nodejs22.x runtimes, `Errors.toRapidResponse`); Cognito then wraps that
 * message in one of three exceptions.
 */
import { types } from 'node:util';
import { KitUsageError } from '../shared/errors.js';
import { resolveTarget, type TokenVersion, type TriggerDefinition, type TriggerTarget } from '../triggers/registry.js';

/** The three exceptions Cognito returns for a trigger that failed. */
export type CognitoErrorName = 'UserLambdaValidationException' | 'UnexpectedLambdaException' | 'InvalidLambdaResponseException';

/**
 * What the client of `SignUp`, `InitiateAuth`, … receives when the trigger fails.
 *
 * @example
 * { name: 'UserLambdaValidationException', message: 'PreSignUp failed with error Nope..',
 *   text: 'UserLambdaValidationException: PreSignUp failed with error Nope..' }
 */
export interface CognitoClientError {
  readonly name: CognitoErrorName;
  readonly message: string;
  /** `<name>: <message>`, the way SDKs and logs print it. */
  readonly text: string;
  /**
   * Set where the sources disagree on what the client sees. PreAuthentication (sheet §4.2,
   * DISAGREE): the general rule gives `UserLambdaValidationException`, which the kit keeps; one
   * emulator issue (floci-io/floci#3851) reports `NotAuthorizedException` with the same message.
   */
  readonly alternative?: { readonly name: string; readonly message: string; readonly source: string };
}

/**
 * Why Cognito could not use what the handler returned.
 *
 * - `undefined`: the handler resolved (or called back) with nothing.
 * - `null`: the handler resolved with `null`. Lambda's runtime serialises `undefined` as `null`
 *   (`_trySerializeResponse`), so Cognito receives the same body for both; the kit therefore gives
 *   `null` the message documented for `undefined` (an inference, see {@link cognitoErrorFor}).
 * - `sync-return-ignored`: a non-async handler declaring fewer than three parameters returned a
 *   plain value. Lambda ignores the return value of such a function and answers `null` once the
 *   event loop is empty.
 * - `unserializable`: `JSON.stringify` threw (a BigInt, a circular structure). The runtime then
 *   reports the error `Unable to stringify response body`, so the client sees a
 *   `UserLambdaValidationException`, not an `InvalidLambdaResponseException`.
 * - `not-an-object`: valid JSON that is not an object (a string, a number, an array …).
 * - `no-response-object`: an object without a `response` object (the handler must return the whole
 *   event with `response` filled in).
 */
export type InvalidOutputReason =
  | 'undefined'
  | 'null'
  | 'sync-return-ignored'
  | 'unserializable'
  | 'not-an-object'
  | 'no-response-object';

/** How a trigger invocation failed, as {@link cognitoErrorFor} takes it. */
export type TriggerFailure =
  | {
      readonly kind: 'threw';
      /** What the handler threw, rejected with, or passed to `callback(err)` / `context.fail(err)`. */
      readonly error: unknown;
      /**
       * True when the runtime treats the failure as a success with no result: a synchronous
       * `throw undefined` / `throw null` reaches `callback(undefined)`, which Lambda reads as "no
       * error, no result". Default false.
       */
      readonly readAsSuccess?: boolean | undefined;
    }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'invalid-output'; readonly reason: InvalidOutputReason }
  | { readonly kind: 'exited'; readonly code: number; readonly requestId: string };

/**
 * The `errorMessage` Lambda's Node.js runtime reports for a value the handler failed with: the
 * `message` of an Error (or of an object carrying string `name`, `message` and `stack`), otherwise
 * the value's `toString()` — so a thrown object shows as `[object Object]` (sheet §4.2). A
 * rejection with `undefined` or `null` becomes `handled` (the runtime's `fail()` substitutes that
 * word), and a value whose `toString` is missing or throws gets the runtime's fallback sentence.
 *
 * @example
 * lambdaErrorMessage(new Error('Nope.')) // 'Nope.'
 * lambdaErrorMessage({ code: 42 })      // '[object Object]'
 * lambdaErrorMessage(undefined)         // 'handled'
 */
export function lambdaErrorMessage(error: unknown): string {
  if (error === undefined || error === null) return 'handled';
  try {
    if (types.isNativeError(error) || isErrorLike(error)) return String((error as { message: unknown }).message);
    return (error as { toString(): string }).toString();
  } catch {
    return UNREADABLE_ERROR_MESSAGE;
  }
}

/** The runtime's message when an error value cannot be read (its `toString` is missing or throws). */
export const UNREADABLE_ERROR_MESSAGE =
  'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack';

// The runtime's duck test for errors from another realm or a library that does not extend Error.
function isErrorLike(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { name?: unknown; message?: unknown; stack?: unknown };
  return (
    typeof v.name === 'string' && v.name !== '' && typeof v.message === 'string' && v.message !== '' && typeof v.stack === 'string' && v.stack !== ''
  );
}

/** The message for a runtime exit, as Lambda words it (`Runtime.ExitError`). */
function exitMessage(code: number, requestId: string): string {
  return code === 0
    ? `RequestId: ${requestId} Error: Runtime exited without providing a reason`
    : `RequestId: ${requestId} Error: Runtime exited with error: exit status ${code}`;
}

/** The message of a `JSON.stringify` failure in the runtime (`RAPIDClient._trySerializeResponse`). */
export const UNSERIALIZABLE_OUTPUT_MESSAGE = 'Unable to stringify response body';

function make(name: CognitoErrorName, message: string, alternative?: CognitoClientError['alternative']): CognitoClientError {
  return alternative ? { name, message, text: `${name}: ${message}`, alternative } : { name, message, text: `${name}: ${message}` };
}

function validationError(trigger: TriggerDefinition, errorMessage: string): CognitoClientError {
  // Cognito appends a period whatever the message ends with, so "Nope." shows as "Nope.." (sheet §4.2).
  const message = `${trigger.triggerName} failed with error ${errorMessage}.`;
  const alternative =
    trigger.triggerName === 'PreAuthentication'
      ? { name: 'NotAuthorizedException', message, source: 'floci-io/floci#3851 (sheet §4.2, DISAGREE)' }
      : undefined;
  return make('UserLambdaValidationException', message, alternative);
}

const INVALID_JSON = 'Invalid lambda function output : Invalid JSON';
const UNRECOGNIZABLE = 'Unrecognizable lambda output';

/**
 * The error Cognito returns to the API caller when a synchronous trigger fails: for a thrown or
 * rejected value `UserLambdaValidationException: <TriggerName> failed with error <message>.` (the
 * period is appended even after one), for a timeout `UnexpectedLambdaException: <TriggerName>
 * invocation failed due to error Socket timeout while invoking Lambda function.`, for `undefined`
 * or non-JSON output `InvalidLambdaResponseException: Invalid lambda function output : Invalid
 * JSON`, and for JSON of the wrong shape `InvalidLambdaResponseException: Unrecognizable lambda
 * output`. The trigger name is the registry's `triggerName` (the LambdaConfig key), not the
 * function name an emulator would use.
 *
 * Choices where the sources are silent (documented, not verified against Cognito):
 * - `null` output gets the "Invalid JSON" message: the runtime sends `null` for `undefined` too.
 * - A runtime exit (`process.exit`) is reported with Lambda's own text inside the
 *   UserLambdaValidationException, e.g. `PreSignUp failed with error RequestId: … Error: Runtime
 *   exited with error: exit status 1.` (the sheet quotes this form for exit status 129; the exit-0
 *   wording "Runtime exited without providing a reason" is Lambda's, its passage through Cognito is
 *   UNVERIFIED).
 * - PreAuthentication keeps `UserLambdaValidationException` and exposes `NotAuthorizedException`
 *   in `alternative` (sheet §4.2, DISAGREE).
 *
 * Throws a {@link KitUsageError} for the custom sender triggers: Cognito invokes them
 * asynchronously, after the API call has answered, so no client ever sees their errors.
 *
 * @example
 * cognitoErrorFor('PreSignUp_SignUp', { kind: 'threw', error: new Error('Nope.') }).text
 * // 'UserLambdaValidationException: PreSignUp failed with error Nope..'
 * cognitoErrorFor('post-authentication', { kind: 'timeout' }).message
 * // 'PostAuthentication invocation failed due to error Socket timeout while invoking Lambda function.'
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function cognitoErrorFor(
  target: TriggerTarget | TriggerDefinition,
  failure: TriggerFailure,
  options: { version?: TokenVersion | undefined } = {},
): CognitoClientError {
  const trigger = typeof target === 'string' ? resolveTarget(target, { version: options.version }).trigger : target;
  if (!trigger.synchronous) {
    throw new KitUsageError(
      `${trigger.slug} is invoked asynchronously: Cognito has already answered the API call, so no client sees its errors (Lambda retries the event instead)`,
      'target',
      'asynchronous-trigger',
    );
  }
  switch (failure.kind) {
    case 'threw':
      if (failure.readAsSuccess && (failure.error === undefined || failure.error === null)) return make('InvalidLambdaResponseException', INVALID_JSON);
      return validationError(trigger, lambdaErrorMessage(failure.error));
    case 'timeout':
      return make(
        'UnexpectedLambdaException',
        `${trigger.triggerName} invocation failed due to error Socket timeout while invoking Lambda function.`,
      );
    case 'invalid-output':
      switch (failure.reason) {
        case 'unserializable':
          return validationError(trigger, UNSERIALIZABLE_OUTPUT_MESSAGE);
        case 'not-an-object':
        case 'no-response-object':
          return make('InvalidLambdaResponseException', UNRECOGNIZABLE);
        default:
          return make('InvalidLambdaResponseException', INVALID_JSON);
      }
    case 'exited':
      return validationError(trigger, exitMessage(failure.code, failure.requestId));
  }
}
