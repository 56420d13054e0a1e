/**
 * The tagged outcome of one handler invocation: what the handler did, and what Cognito and its
 * client would make of it.
 */
import { types } from 'node:util';
import type { TriggerSlug, TriggerSource } from '../triggers/registry.js';
import type { CognitoClientError, InvalidOutputReason } from './errors.js';

/**
 * How the handler is written, as far as the harness could tell.
 *
 * - `async`: an `async` function (its constructor is `AsyncFunction`, the runtime's own test).
 * - `promise`: a plain function that returned a promise (any thenable).
 * - `callback`: a plain function declaring three or more parameters that returned no promise.
 * - `sync`: a plain function declaring fewer than three parameters that returned no promise.
 */
export type HandlerStyle = 'async' | 'promise' | 'callback' | 'sync';

/** The channel through which an invocation ended, or tried to. */
export type SettledVia =
  | 'promise'
  | 'throw'
  | 'callback'
  | 'context.succeed'
  | 'context.fail'
  | 'context.done'
  | 'return'
  | 'process.exit'
  | 'timeout';

/** A settlement that came after the first one and was ignored, as Lambda ignores it. */
export interface IgnoredCall {
  readonly via: SettledVia;
  /** `error` when the call reported an error, `result` when it reported a result, `exit` for `process.exit`. */
  readonly as: 'error' | 'result' | 'exit';
}

/**
 * What kind of value the handler threw.
 *
 * - `engine-error`: a `TypeError`, `ReferenceError`, `RangeError`, `SyntaxError`, `URIError` or
 *   `EvalError` (by class, or by `name` for errors from another realm), or an `AggregateError`
 *   holding at least one of those. These are what the JavaScript engine throws when code meets
 *   input it did not expect (`decodeURIComponent('%')` throws a URIError), so they count as a
 *   **crash**. EvalError is never thrown by the engine today; it is grouped with its siblings
 *   rather than treated as a denial.
 * - `error`: any other Error, its subclasses included, an `AggregateError` of such errors, or an
 *   object with string `name`, `message` and `stack` (the runtime reads its message). A
 *   **deliberate denial**: the client sees its message.
 * - `string`: a non-empty string, as in the Node callback convention `callback('Not allowed')`.
 *   Lambda shows the text itself, so it counts as a deliberate denial too.
 * - `other`: anything else (`undefined`, `null`, a plain object, a number, an empty string …).
 *   Neither a crash nor a deliberate denial: the client sees `[object Object]`, `handled`, or an
 *   "Invalid JSON" error, so whatever the handler meant to say is lost. A fuzzer should report it
 *   as a defect of its own kind.
 */
export type ThrownKind = 'engine-error' | 'error' | 'string' | 'other';

/** Fields every outcome carries. */
export interface OutcomeCommon {
  /** The trigger contract the event was run as (registry slug). */
  readonly trigger: TriggerSlug;
  readonly triggerSource: TriggerSource | undefined;
  /** The LambdaConfig name Cognito uses in its messages, e.g. `PreSignUp`. */
  readonly triggerName: string;
  /** False for the custom senders, which Cognito invokes asynchronously. */
  readonly synchronous: boolean;
  readonly style: HandlerStyle;
  /** The handler declares a third parameter (`callback`): `handler.length >= 3`. */
  readonly declaresCallback: boolean;
  /** The channel of the settlement that counted. */
  readonly settledBy: SettledVia;
  /** Time from the call to the settlement that counted, by `Date.now()` (fake timers move it). */
  readonly durationMs: number;
  /** The `awsRequestId` of the context the handler received. */
  readonly requestId: string;
  /** The callback (or `context.succeed` / `fail` / `done`, which share its slot) was called more than once. */
  readonly callbackCalledTwice: boolean;
  /** Every settlement after the first, in order; Lambda ignores them all. */
  readonly ignoredCalls: readonly IgnoredCall[];
  /** Things about the handler's shape that would matter on AWS (Node.js 24 and callbacks, …). */
  readonly notes: readonly string[];
}

/** The handler produced output Cognito accepts at the Lambda layer (field rules are not judged here). */
export interface ReturnedOutcome extends OutcomeCommon {
  readonly kind: 'returned';
  /** The output after the JSON round trip Lambda puts it through. */
  readonly output: unknown;
  /** `output.response` (undefined for custom senders). */
  readonly response: unknown;
  /** True for custom senders: Cognito ignores what they return. */
  readonly ignored: boolean;
}

/** The handler threw, rejected, or reported an error through its callback or the context. */
export interface ThrewOutcome extends OutcomeCommon {
  readonly kind: 'threw';
  /** The value as thrown (not round-tripped). */
  readonly error: unknown;
  readonly errorKind: ThrownKind;
  /** A denial on purpose: an Error (not an engine error) or a string. */
  readonly deliberate: boolean;
  /** The input was not handled: an engine error (see {@link ThrownKind}). */
  readonly crash: boolean;
  /**
   * The `errorMessage` Lambda reports for it; `undefined` when the runtime reports no error at all
   * (a synchronous `throw undefined` / `throw null` reaches `callback(undefined)`, read as success).
   */
  readonly errorMessage: string | undefined;
  /** What the API caller sees; `null` for custom senders (nobody sees it; Lambda retries the event). */
  readonly cognitoError: CognitoClientError | null;
}

/** The handler did not settle within the limit. */
export interface TimeoutOutcome extends OutcomeCommon {
  readonly kind: 'timeout';
  readonly timeoutMs: number;
  /** `null` for custom senders: Cognito does not wait for them, the function's own timeout applies. */
  readonly cognitoError: CognitoClientError | null;
}

/** The handler settled with output Cognito's Lambda layer rejects. */
export interface InvalidOutputOutcome extends OutcomeCommon {
  readonly kind: 'invalid-output';
  readonly reason: InvalidOutputReason;
  /** One sentence: what was wrong and what to change. */
  readonly detail: string;
  /** The value as the handler produced it (not round-tripped). */
  readonly output: unknown;
  readonly cognitoError: CognitoClientError | null;
}

/** The handler called `process.exit` (intercepted: the test process keeps running). */
export interface ExitedOutcome extends OutcomeCommon {
  readonly kind: 'exited';
  readonly code: number;
  readonly cognitoError: CognitoClientError | null;
}

/** What one invocation came to. Switch on `kind`. */
export type InvokeOutcome = ReturnedOutcome | ThrewOutcome | TimeoutOutcome | InvalidOutputOutcome | ExitedOutcome;

const ENGINE_ERRORS: ReadonlyArray<new (...args: never[]) => Error> = [TypeError, ReferenceError, RangeError, SyntaxError, URIError, EvalError];
const ENGINE_ERROR_NAMES = new Set(ENGINE_ERRORS.map((c) => c.name));

/**
 * Sorts a thrown value into crash, deliberate denial, or neither (see {@link ThrownKind}).
 *
 * @example
 * classifyThrown(new TypeError("Cannot read properties of undefined (reading 'email')"))
 * // { errorKind: 'engine-error', crash: true, deliberate: false }
 * classifyThrown(new Error('Sign-ups are closed'))
 * // { errorKind: 'error', crash: false, deliberate: true }
 */
export function classifyThrown(error: unknown): { errorKind: ThrownKind; crash: boolean; deliberate: boolean } {
  let errorKind: ThrownKind;
  try {
    errorKind = thrownKind(error, 0);
  } catch {
    // A Proxy whose traps throw cannot be inspected; it is no deliberate denial either.
    errorKind = 'other';
  }
  return { errorKind, crash: errorKind === 'engine-error', deliberate: errorKind === 'error' || errorKind === 'string' };
}

function thrownKind(error: unknown, depth: number): ThrownKind {
  if (typeof error === 'string') return error === '' ? 'other' : 'string';
  if (typeof error !== 'object' || error === null) return 'other';
  if (isEngineError(error)) return 'engine-error';
  if (error instanceof AggregateError || (error as { name?: unknown }).name === 'AggregateError') {
    const inner = (error as { errors?: unknown }).errors;
    // An AggregateError is a crash when anything inside it is (Promise.any over steps that all broke).
    if (depth < 8 && Array.isArray(inner) && inner.some((e) => thrownKind(e, depth + 1) === 'engine-error')) return 'engine-error';
    return 'error';
  }
  if (error instanceof Error || types.isNativeError(error)) return 'error';
  const e = error as { name?: unknown; message?: unknown; stack?: unknown };
  if (typeof e.name === 'string' && e.name && typeof e.message === 'string' && e.message && typeof e.stack === 'string' && e.stack) {
    return 'error';
  }
  return 'other';
}

function isEngineError(error: object): boolean {
  if (ENGINE_ERRORS.some((C) => error instanceof C)) return true;
  // Errors from a vm context fail instanceof; their name still says what they are.
  const name = (error as { name?: unknown }).name;
  return !(error instanceof Error) && typeof name === 'string' && ENGINE_ERROR_NAMES.has(name) && typeof (error as { message?: unknown }).message === 'string';
}

/**
 * One line describing an outcome, for reports: `returned`, `threw TypeError (crash): <client text>`,
 * `timed out after 5000 ms: <client text>`, …
 *
 * @example
 * formatOutcome(await invokeHandler(handler, event))
 * // 'threw Error (deliberate denial): UserLambdaValidationException: PreSignUp failed with error Nope..'
 */
export function formatOutcome(outcome: InvokeOutcome): string {
  const seen = (e: CognitoClientError | null) => (e ? e.text : 'no client error (asynchronous trigger)');
  const twice = outcome.callbackCalledTwice ? ' [callback called twice]' : '';
  switch (outcome.kind) {
    case 'returned':
      return `returned${outcome.ignored ? ' (output ignored: asynchronous trigger)' : ''}${twice}`;
    case 'threw': {
      const what = thrownName(outcome.error) ?? describeThrown(outcome.error);
      const label = outcome.crash ? 'crash' : outcome.deliberate ? 'deliberate denial' : 'not an Error: the message is lost';
      return `threw ${what} (${label}): ${seen(outcome.cognitoError)}${twice}`;
    }
    case 'timeout':
      return `timed out after ${outcome.timeoutMs} ms: ${seen(outcome.cognitoError)}`;
    case 'invalid-output':
      return `invalid output (${outcome.reason}): ${seen(outcome.cognitoError)}${twice}`;
    case 'exited':
      return `called process.exit(${outcome.code}): ${seen(outcome.cognitoError)}`;
  }
}

function thrownName(value: unknown): string | undefined {
  try {
    const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    return undefined;
  }
}

function describeThrown(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'a plain object' : `a ${typeof value}`;
}
