/**
 * `invokeHandler`: runs a trigger handler the way Cognito and Lambda's Node.js runtime do, and
 * says what the client would see.
 */
import type { Callback } from 'aws-lambda';
import { KitUsageError } from '../shared/errors.js';
import { formatIssue, formatPath } from '../shared/issues.js';
import { isTriggerSource, type TokenVersion, type TriggerDefinition, type TriggerSlug, type TriggerTarget } from '../triggers/registry.js';
import { triggerForEvent } from '../validation/validate.js';
import { COGNITO_TIMEOUT_MS, createLambdaContext, type ContextSettleCall, type LambdaContext, type LambdaContextOptions } from './context.js';
import { cognitoErrorFor, lambdaErrorMessage, type CognitoClientError, type InvalidOutputReason, type TriggerFailure } from './errors.js';
import { interceptExits, runInExitScope } from './exit.js';
import { jsonRoundTrip } from '../shared/json-copy.js';
import {
  classifyThrown,
  type HandlerStyle,
  type IgnoredCall,
  type InvokeOutcome,
  type OutcomeCommon,
  type SettledVia,
} from './outcome.js';

/**
 * Any Lambda handler: `async (event, context) => …`, a function returning a promise, or
 * `(event, context, callback) => …`. The event parameter is typed `never` so that handlers typed
 * with @types/aws-lambda (`PreSignUpTriggerHandler`, …) are accepted as they are.
 */
export type AnyHandler = (event: never, context: LambdaContext, callback: Callback) => unknown;

/** Options of {@link invokeHandler}. */
export interface InvokeOptions {
  /** Run the event as this slug or triggerSource instead of reading its `triggerSource`. */
  target?: TriggerTarget | undefined;
  /** Event version for a TokenGeneration_* target (else read from the event's `version`). */
  version?: TokenVersion | undefined;
  /** Give up after this many milliseconds. Default 5,000: Cognito's fixed limit (sheet §4.1). */
  timeoutMs?: number | undefined;
  /** Seed for the context's `awsRequestId` (default: a per-process counter). */
  seed?: number | string | undefined;
  /** Other context fields (function name, memory, account …). `region` defaults to the event's. */
  context?: Omit<LambdaContextOptions, 'timeoutMs' | 'onSettle' | 'seed' | 'startedAt'> | undefined;
  /** Intercept `process.exit` while the handler runs (default true). */
  interceptExit?: boolean | undefined;
  /**
   * Whether the pending timeout keeps the process alive (default true). It is cleared the moment
   * the handler settles, so it never outlives the invocation; `false` unrefs it, and a process
   * with nothing else to do then exits without reporting a handler that never settles.
   */
  keepAlive?: boolean | undefined;
}

type Settlement =
  | { readonly via: SettledVia; readonly as: 'result'; readonly value: unknown }
  | { readonly via: SettledVia; readonly as: 'error'; readonly error: unknown; readonly readAsSuccess: boolean }
  | { readonly via: 'process.exit'; readonly as: 'exit'; readonly code: number }
  | { readonly via: 'timeout'; readonly as: 'timeout' }
  | { readonly via: 'return'; readonly as: 'sync-return'; readonly value: unknown };

// Captured at load, before a test can install fake timers: the short wait that collects a second
// callback call must not depend on the test advancing a fake clock.
const realSetImmediate = globalThis.setImmediate;

const NEVER_SETTLED_ASYNC =
  'on AWS, if nothing is left on the event loop, the runtime ends a promise that can never settle at once (Runtime.NodeJsExit) instead of waiting for the timeout';
const NEVER_CALLED_BACK =
  'the handler never called back: on AWS, once nothing is left on the event loop, the runtime answers null (Invalid JSON) instead of waiting for the timeout';

const NODE24_NOTE =
  'the handler declares a callback parameter: the nodejs24.x runtime refuses callback-style handlers at start-up (use an async handler)';

/**
 * Runs a handler the way Cognito does and returns a tagged outcome: `returned`, `threw`,
 * `timeout`, `invalid-output` or `exited`, with the exact error the API caller would see.
 *
 * The rules, taken from Lambda's Node.js runtime (nodejs20.x / nodejs22.x) and the sheet §4:
 *
 * - **Event.** The handler gets a JSON copy of the event (Lambda parses it from the request body),
 *   so it cannot mutate the caller's object. The trigger comes from the event's
 *   `triggerSource`/`version` (`triggerForEvent`) or `options.target`.
 * - **Three channels, first wins.** Like the runtime, the harness always passes a callback and a
 *   context, and takes whichever settles first: `callback(err, result)`, `context.succeed` /
 *   `fail` / `done`, or the promise the handler returned (for a callback handler that also returns
 *   a promise — any `async (event, context, callback)` does — an early resolution with
 *   `undefined` beats a later callback, exactly the bug it causes on AWS). Later settlements are
 *   ignored and listed in `ignoredCalls`; two callback/context calls set `callbackCalledTwice`. A
 *   second call made synchronously or within the same turn of the event loop is seen; later ones
 *   are not. `callback(null, r)` counts at the moment of the call: the harness does not wait for
 *   an empty event loop whatever `callbackWaitsForEmptyEventLoop` says (it cannot see the loop).
 * - **Arity.** A non-async function declaring three or more parameters is callback style: it may
 *   call back later, so the harness waits for it (up to the timeout). A non-async function
 *   declaring fewer that returns a value other than a promise has the "forgot async" bug: the
 *   runtime ignores the value and answers `null` once the event loop is empty. The harness answers
 *   after the current turn of the event loop (`invalid-output`, reason `sync-return-ignored`)
 *   unless the handler settled through the context first. If such a function returns nothing,
 *   the harness waits for a `context.succeed` / `done` (the pre-2018 style) up to the timeout;
 *   on AWS the runtime would answer `null` as soon as the event loop emptied (the outcome's
 *   `notes` say so). `notes` also says when a callback parameter would stop the handler from
 *   starting on nodejs24.x.
 * - **Errors.** A synchronous throw, a rejection, `callback(err)` and `context.fail(err)` give
 *   `threw`, with the runtime's `errorMessage` (an Error's message, else `toString()`, so an
 *   object shows as `[object Object]`; a rejection with nothing is `handled`) and
 *   `UserLambdaValidationException: <TriggerName> failed with error <message>.`. A synchronous
 *   `throw undefined` reaches `callback(undefined)`, which the runtime reads as success with no
 *   result, so the client sees "Invalid JSON".
 * - **Output.** The result goes through `JSON.stringify`/`JSON.parse` as Lambda does (`undefined`
 *   keys vanish, Dates become strings). `undefined`/`null` → `invalid-output` "Invalid JSON"; a
 *   value JSON cannot represent (BigInt, a cycle) → `invalid-output` with the runtime's error
 *   "Unable to stringify response body"; for a synchronous trigger, anything but an object with a
 *   `response` object → `invalid-output` "Unrecognizable lambda output". Field-level rules are
 *   not judged here (see `checkResponse`).
 * - **Timeout.** After `timeoutMs` (default 5,000, Cognito's limit) the outcome is `timeout`
 *   (`UnexpectedLambdaException … Socket timeout …`). The timer is cleared the moment the handler
 *   settles, so it never outlives the invocation; while the caller awaits the outcome it keeps the
 *   process alive (an unref'd timer would let an idle process exit without reporting the hung
 *   handler; `keepAlive: false` chooses that). Under `vi.useFakeTimers()` it fires when the test
 *   advances the clock. On AWS a handler that can never settle, with nothing left on the event
 *   loop, is ended earlier by the runtime (`Runtime.NodeJsExit`, or a `null` answer for callback
 *   handlers); the harness cannot see the event loop, reports the timeout, and says so in `notes`.
 * - **process.exit.** Intercepted while the handler runs and restored afterwards (safe for
 *   overlapping invocations, see `exit.ts`): outcome `exited`, with Lambda's "Runtime exited"
 *   message inside the UserLambdaValidationException.
 * - **Custom senders** (registry `synchronous: false`): Cognito invokes them asynchronously and
 *   ignores the result, so any result is `returned` with `ignored: true`. Errors, timeouts and
 *   exits are still reported — on AWS, Lambda retries a failed asynchronous event (twice by
 *   default) and the message is not sent — but `cognitoError` is `null`: no API caller sees them.
 *
 * Throws a {@link KitUsageError} — synchronously, before any promise exists — only for bad
 * arguments: a handler that is not a function, an event whose trigger cannot be told (pass
 * `options.target`), an event JSON cannot represent, or a bad `timeoutMs`. Whatever the handler
 * does is reported in the outcome, never thrown.
 *
 * @example
 * const outcome = await invokeHandler(handler, event);
 * if (outcome.kind === 'threw') console.log(outcome.cognitoError?.text);
 * // UserLambdaValidationException: PreSignUp failed with error Sign-ups are closed..
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html
 */
export function invokeHandler(handler: AnyHandler, event: unknown, options: InvokeOptions = {}): Promise<InvokeOutcome> {
  if (typeof handler !== 'function') {
    throw new KitUsageError(`handler must be a function (got ${handler === null ? 'null' : typeof handler})`, 'handler', 'not-a-function');
  }
  const picked = triggerForEvent(event, { target: options.target, version: options.version });
  if ('rule' in picked) {
    throw new KitUsageError(
      `cannot tell which trigger this event is for (${formatIssue(picked)}); pass options.target`,
      formatPath(picked.path),
      picked.rule,
    );
  }
  const { trigger } = picked;
  const timeoutMs = options.timeoutMs ?? COGNITO_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new KitUsageError(`timeoutMs must be a positive number of milliseconds (got ${String(timeoutMs)})`, 'timeoutMs', 'invalid-timeout');
  }
  const payload = copyEvent(event);
  const ownSource = (payload as { triggerSource?: unknown }).triggerSource;
  const triggerSource = picked.triggerSource ?? (isTriggerSource(ownSource) ? ownSource : undefined);
  const region = (payload as { region?: unknown }).region;

  return new Promise<InvokeOutcome>((resolve, reject) => {
    const startedAt = Date.now();
    let first: Settlement | undefined;
    let settledAt = startedAt;
    let callbackCalls = 0;
    let finished = false;
    const ignored: IgnoredCall[] = [];
    let style: HandlerStyle = isAsyncFunction(handler) ? 'async' : handler.length >= 3 ? 'callback' : 'sync';

    const settle = (s: Settlement): void => {
      if (finished) return;
      if (first) {
        if (s.as !== 'timeout' && s.as !== 'sync-return') ignored.push({ via: s.via, as: s.as });
        return;
      }
      first = s;
      settledAt = Date.now();
      clearTimeout(timer);
      // Let same-turn calls arrive (a second callback right after the first) before reporting.
      realSetImmediate(finish);
    };

    const finish = (): void => {
      finished = true;
      stopIntercepting();
      try {
        resolve(outcomeOf(first!));
      } catch (error) {
        // Only a hostile thrown value (a Proxy whose traps throw) can get here; do not hang.
        reject(error instanceof Error ? error : new Error('the handler threw a value the harness cannot inspect'));
      }
    };

    const outcomeOf = (s: Settlement): InvokeOutcome =>
      buildOutcome(s, {
        trigger,
        triggerSource,
        style,
        declaresCallback: handler.length >= 3,
        durationMs: settledAt - startedAt,
        requestId: context.awsRequestId,
        callbackCalledTwice: callbackCalls > 1,
        ignoredCalls: ignored,
        timeoutMs,
      });

    const viaCallback = (via: SettledVia, error: unknown, result: unknown): void => {
      callbackCalls++;
      if (error !== undefined && error !== null) settle({ via, as: 'error', error, readAsSuccess: false });
      else settle({ via, as: 'result', value: result });
    };
    const callback: Callback = (error, result) => viaCallback('callback', error, result);
    const context = createLambdaContext({
      ...options.context,
      region: options.context?.region ?? (typeof region === 'string' ? region : undefined),
      seed: options.seed,
      timeoutMs,
      startedAt,
      onSettle: (call: ContextSettleCall) => {
        if (call.via === 'context.succeed') viaCallback(call.via, undefined, call.result);
        else if (call.via === 'context.done') viaCallback(call.via, call.error, call.result);
        else {
          callbackCalls++;
          // fail() with nothing still fails: the runtime substitutes the error "handled".
          settle({ via: call.via, as: 'error', error: call.error, readAsSuccess: false });
        }
      },
    });

    // Referenced while the caller awaits the outcome: an unref'd timer would let a process with
    // nothing else to do exit silently (exit code 13) instead of reporting the timeout. It is
    // cleared as soon as the handler settles, so it never outlives the invocation.
    const timer = setTimeout(() => settle({ via: 'timeout', as: 'timeout' }), timeoutMs);
    if (options.keepAlive === false) (timer as { unref?: () => unknown }).unref?.();

    // Installed last, once nothing else here can throw: finish() is then sure to restore it.
    const watcher = { onExit: (code: number) => settle({ via: 'process.exit', as: 'exit', code }) };
    const stopIntercepting = options.interceptExit === false ? () => {} : interceptExits(watcher);

    runInExitScope(watcher, () => {
      let returned: unknown;
      try {
        returned = (handler as (e: unknown, c: LambdaContext, cb: Callback) => unknown)(payload, context, callback);
      } catch (error) {
        // The runtime passes a synchronous throw to callback(err): `throw undefined` is then success.
        settle({ via: 'throw', as: 'error', error, readAsSuccess: error === undefined || error === null });
        return;
      }
      if (isThenable(returned)) {
        if (style !== 'async') style = 'promise';
        try {
          returned.then(
            (value) => settle({ via: 'promise', as: 'result', value }),
            (error: unknown) => settle({ via: 'promise', as: 'error', error, readAsSuccess: false }),
          );
        } catch (error) {
          settle({ via: 'throw', as: 'error', error, readAsSuccess: false });
        }
        return;
      }
      if (style === 'sync' && returned !== undefined) {
        // A value returned by a plain function is dropped by the runtime, which answers null when
        // the loop empties: the "forgot async" bug. Returning nothing leaves room for a later
        // context.succeed / done (the pre-2018 style), so that case waits.
        realSetImmediate(() => settle({ via: 'return', as: 'sync-return', value: returned }));
      }
    });
  });
}

interface Shared {
  trigger: TriggerDefinition;
  triggerSource: OutcomeCommon['triggerSource'];
  style: HandlerStyle;
  declaresCallback: boolean;
  durationMs: number;
  requestId: string;
  callbackCalledTwice: boolean;
  ignoredCalls: IgnoredCall[];
  timeoutMs: number;
}

/**
 * `{ ...common, ...rest }` without the spread: the outcome's fields, common ones first. V8 (Node 20)
 * builds a spread followed by more properties on a slow path, about 10 µs for an outcome, which
 * the fuzzer paid on every run. `common` is fresh for each outcome, so it is filled in place.
 */
function withCommon<T extends object>(common: OutcomeCommon, rest: T): OutcomeCommon & T {
  return Object.assign(common, rest);
}

function buildOutcome(s: Settlement, shared: Shared): InvokeOutcome {
  const { trigger } = shared;
  const common: OutcomeCommon = {
    trigger: trigger.slug as TriggerSlug,
    triggerSource: shared.triggerSource,
    triggerName: trigger.triggerName,
    synchronous: trigger.synchronous,
    style: shared.style,
    declaresCallback: shared.declaresCallback,
    settledBy: s.via,
    durationMs: shared.durationMs,
    requestId: shared.requestId,
    callbackCalledTwice: shared.callbackCalledTwice,
    ignoredCalls: shared.ignoredCalls,
    notes: [
      ...(shared.declaresCallback ? [NODE24_NOTE] : []),
      ...(s.as === 'timeout' ? [shared.style === 'async' || shared.style === 'promise' ? NEVER_SETTLED_ASYNC : NEVER_CALLED_BACK] : []),
    ],
  };
  const clientError = (failure: TriggerFailure): CognitoClientError | null =>
    trigger.synchronous ? cognitoErrorFor(trigger, failure) : null;

  switch (s.as) {
    case 'timeout':
      return withCommon(common, { kind: 'timeout', timeoutMs: shared.timeoutMs, cognitoError: clientError({ kind: 'timeout' }) });
    case 'exit':
      return withCommon(common, {
        kind: 'exited',
        code: s.code,
        cognitoError: clientError({ kind: 'exited', code: s.code, requestId: shared.requestId }),
      });
    case 'error': {
      const { errorKind, crash, deliberate } = classifyThrown(s.error);
      return withCommon(common, {
        kind: 'threw',
        error: s.error,
        errorKind,
        crash,
        deliberate,
        errorMessage: s.readAsSuccess ? undefined : lambdaErrorMessage(s.error),
        cognitoError: clientError({ kind: 'threw', error: s.error, readAsSuccess: s.readAsSuccess }),
      });
    }
    case 'sync-return':
      return invalid(common, 'sync-return-ignored', s.value, clientError);
    case 'result':
      return fromResult(common, trigger, s.value, clientError);
  }
}

function fromResult(
  common: OutcomeCommon,
  trigger: TriggerDefinition,
  value: unknown,
  clientError: (f: TriggerFailure) => CognitoClientError | null,
): InvokeOutcome {
  let output: unknown;
  try {
    // The runtime sends `null` for `undefined` (RAPIDClient._trySerializeResponse).
    output = jsonRoundTrip(value === undefined ? null : value);
    // A function or symbol: JSON.stringify gives undefined, which the runtime cannot send either.
    if (output === undefined) throw new TypeError('not JSON');
  } catch {
    return invalid(common, 'unserializable', value, clientError);
  }
  if (!trigger.synchronous) return withCommon(common, { kind: 'returned', output: value === undefined ? undefined : output, response: undefined, ignored: true });
  if (value === undefined) return invalid(common, 'undefined', value, clientError);
  if (output === null) return invalid(common, 'null', value, clientError);
  if (!isPlainObject(output)) return invalid(common, 'not-an-object', value, clientError);
  if (!isPlainObject(output.response)) return invalid(common, 'no-response-object', value, clientError);
  return withCommon(common, { kind: 'returned', output, response: output.response, ignored: false });
}

const DETAILS: Record<InvalidOutputReason, string> = {
  undefined: 'the handler settled with undefined: return (or call back with) the event, with its response filled in',
  null: 'the handler settled with null: return (or call back with) the event, with its response filled in',
  'sync-return-ignored':
    'the handler is neither async nor callback-style, so Lambda ignores what it returns and answers null: make it async (or return a promise)',
  unserializable:
    'JSON cannot represent the output (a BigInt or a circular reference): Lambda fails with "Unable to stringify response body"',
  'not-an-object': 'the output is JSON but not an object: return the whole event, with its response filled in',
  'no-response-object': 'the output has no response object: return the whole event (not only the response), with its response filled in',
};

function invalid(
  common: OutcomeCommon,
  reason: InvalidOutputReason,
  value: unknown,
  clientError: (f: TriggerFailure) => CognitoClientError | null,
): InvokeOutcome {
  return withCommon(common, { kind: 'invalid-output', reason, detail: DETAILS[reason], output: value, cognitoError: clientError({ kind: 'invalid-output', reason }) });
}

function copyEvent(event: unknown): unknown {
  try {
    const copy = jsonRoundTrip(event);
    if (copy === undefined) throw new Error('not JSON');
    return copy;
  } catch {
    throw new KitUsageError(
      'the event must be JSON-representable: Lambda hands the handler a JSON copy of what Cognito sent',
      'event',
      'not-json',
    );
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === 'object' || typeof value === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function'
  );
}

function isAsyncFunction(fn: unknown): boolean {
  try {
    const name = (fn as { constructor?: { name?: unknown } }).constructor?.name;
    return name === 'AsyncFunction';
  } catch {
    return false;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
