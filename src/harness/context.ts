/**
 * A Lambda `Context` as the Node.js runtime builds it for a Cognito-invoked function, with
 * deterministic identifiers (no `Math.random`: a seed, or a per-process counter).
 */
import type { Context } from 'aws-lambda';
import { KitUsageError } from '../shared/errors.js';

/** Cognito's fixed limit for a synchronous trigger, whatever timeout the function has (sheet §4.1). */
export const COGNITO_TIMEOUT_MS = 5_000;

/** The Lambda `Context` type of @types/aws-lambda. */
export type LambdaContext = Context;

/** How a deprecated context method was called, for the harness to settle the invocation. */
export type ContextSettleCall =
  | { readonly via: 'context.succeed'; readonly result: unknown }
  | { readonly via: 'context.fail'; readonly error: unknown }
  | { readonly via: 'context.done'; readonly error: unknown; readonly result: unknown };

/** Options of {@link createLambdaContext}. Every field has a realistic default. */
export interface LambdaContextOptions {
  /** Default `cognito-trigger`. */
  functionName?: string | undefined;
  /** Default `$LATEST`. */
  functionVersion?: string | undefined;
  /** Default 128 (Lambda's default). The runtime exposes it as a string, and so does the context. */
  memoryLimitInMB?: number | string | undefined;
  /** Default `us-east-1`; {@link invokeHandler} passes the event's `region`. */
  region?: string | undefined;
  /** Default `123456789012`. */
  accountId?: string | undefined;
  /** The `awsRequestId`; default derived from `seed`. */
  requestId?: string | undefined;
  /** Seed for `awsRequestId` and the log stream name; default a per-process counter (0, 1, 2, …). */
  seed?: number | string | undefined;
  /** What `getRemainingTimeInMillis()` counts down from. Default {@link COGNITO_TIMEOUT_MS}. */
  timeoutMs?: number | undefined;
  /** When the countdown starts (epoch ms). Default `Date.now()` at creation. */
  startedAt?: number | undefined;
  /**
   * Receives `context.succeed` / `fail` / `done` calls. {@link invokeHandler} wires it to the
   * invocation. Without it those deprecated methods throw a {@link KitUsageError}: a context built
   * for a direct call has nobody to report to.
   */
  onSettle?: ((call: ContextSettleCall) => void) | undefined;
}

let counter = 0;

/**
 * Builds a Lambda context: `functionName`, `functionVersion`, `invokedFunctionArn`,
 * `memoryLimitInMB` (a string, as the runtime sets it), `awsRequestId` (a UUID v4 derived from
 * `seed`), `logGroupName` (`/aws/lambda/<name>`), `logStreamName`
 * (`YYYY/MM/DD/[$LATEST]<32 hex>`), `getRemainingTimeInMillis()` counting down from `timeoutMs`
 * (5,000 by default: on AWS it counts down from the function's own timeout, but Cognito gives up
 * after 5 s whatever that is), `callbackWaitsForEmptyEventLoop` (true), and the deprecated
 * `done` / `succeed` / `fail`, which end the invocation like Lambda's: `succeed(r)` = success,
 * `fail(e)` = error (`fail()` with nothing reports the error `handled`), `done(e, r)` = error if
 * `e` is neither null nor undefined, else success. `identity` and `clientContext` stay undefined:
 * Cognito invokes with neither.
 *
 * @example
 * const context = createLambdaContext({ seed: 7, functionName: 'pre-signup' });
 * context.awsRequestId               // the same UUID on every run with seed 7
 * context.getRemainingTimeInMillis() // 5000, then less
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-context.html
 */
export function createLambdaContext(options: LambdaContextOptions = {}): LambdaContext {
  const timeoutMs = options.timeoutMs ?? COGNITO_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new KitUsageError(`timeoutMs must be a positive number of milliseconds (got ${String(timeoutMs)})`, 'timeoutMs', 'invalid-timeout');
  }
  const seed = options.seed ?? counter++;
  const functionName = options.functionName ?? 'cognito-trigger';
  const functionVersion = options.functionVersion ?? '$LATEST';
  const region = options.region ?? 'us-east-1';
  const accountId = options.accountId ?? '123456789012';
  const startedAt = options.startedAt ?? Date.now();
  const deadline = startedAt + timeoutMs;
  const day = dayOf(startedAt);
  const onSettle = options.onSettle;
  let waits = true;

  const settle = (method: string, call: ContextSettleCall): void => {
    if (!onSettle) {
      throw new KitUsageError(
        `context.${method}() was called on a context that no invocation listens to: run the handler with invokeHandler(), which ends the invocation on it`,
        `context.${method}`,
        'context-not-invoked',
      );
    }
    onSettle(call);
  };

  const context: LambdaContext = {
    functionName,
    functionVersion,
    invokedFunctionArn: `arn:aws:lambda:${region}:${accountId}:function:${functionName}${functionVersion === '$LATEST' ? '' : `:${functionVersion}`}`,
    memoryLimitInMB: String(options.memoryLimitInMB ?? 128),
    awsRequestId: options.requestId ?? requestIdFor(seed),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `${day}/[${functionVersion}]${hex128(`log-stream:${String(seed)}`)}`,
    get callbackWaitsForEmptyEventLoop() {
      return waits;
    },
    set callbackWaitsForEmptyEventLoop(value: boolean) {
      waits = value;
    },
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    succeed: (result: unknown) => settle('succeed', { via: 'context.succeed', result }),
    fail: (error: unknown) => settle('fail', { via: 'context.fail', error }),
    done: (error?: unknown, result?: unknown) => settle('done', { via: 'context.done', error, result }),
  };
  return context;
}

/**
 * A deterministic UUID v4 for a seed: the same seed always gives the same id.
 *
 * @example
 * requestIdFor(1) === requestIdFor(1) // true
 */
export function requestIdFor(seed: number | string): string {
  const hex = hex128(`request-id:${typeof seed}:${String(seed)}`);
  // Set the version (4) and variant (10xx) bits so the id looks like the ones Lambda issues.
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The last day formatted by {@link dayOf}: invocations in a run almost always share it. */
let lastDay: { number: number; text: string } | undefined;

/** `YYYY/MM/DD` (UTC) of an epoch time, as the log stream name starts. */
function dayOf(epochMs: number): string {
  const number = Math.floor(epochMs / 86_400_000);
  if (lastDay?.number === number) return lastDay.text;
  const text = new Date(epochMs).toISOString().slice(0, 10).replaceAll('-', '/');
  lastDay = { number, text };
  return text;
}

const HEX_BYTES: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A 32-bit unsigned integer as 8 hex digits. */
function hex32(h: number): string {
  return HEX_BYTES[h >>> 24]! + HEX_BYTES[(h >>> 16) & 0xff]! + HEX_BYTES[(h >>> 8) & 0xff]! + HEX_BYTES[h & 0xff]!;
}

/** The murmur-style finish of one lane. */
function mix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * 128 bits of a string's hash as 32 hex digits: four FNV-1a lanes (each seeded differently, all
 * fed in one pass over the string), each finished with a murmur-style mix.
 */
function hex128(text: string): string {
  let h0 = (0x811c9dc5 ^ Math.imul(1, 0x9e3779b1)) >>> 0;
  let h1 = (0x811c9dc5 ^ Math.imul(2, 0x9e3779b1)) >>> 0;
  let h2 = (0x811c9dc5 ^ Math.imul(3, 0x9e3779b1)) >>> 0;
  let h3 = (0x811c9dc5 ^ Math.imul(4, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h0 = Math.imul(h0 ^ c, 0x01000193) >>> 0;
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193) >>> 0;
    h3 = Math.imul(h3 ^ c, 0x01000193) >>> 0;
  }
  return hex32(mix(h0)) + hex32(mix(h1)) + hex32(mix(h2)) + hex32(mix(h3));
}
