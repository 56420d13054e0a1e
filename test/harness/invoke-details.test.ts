/**
 * Details of `invokeHandler`, the Lambda context and the process.exit interception that the other
 * harness suites do not pin: argument errors, which settlement wins in edge cases, the notes, the
 * output of an asynchronous trigger, the timer's hold on the process, the deterministic ids, and
 * the restoring of process.exit. Written against the survivors of the mutation run
 * (docs/mutation.md).
 */
import { describe, expect, it, vi } from 'vitest';
import { createLambdaContext, invokeHandler, requestIdFor, type AnyHandler, type InvokeOutcome, type LambdaContext } from '../../src/harness.js';
import { interceptExits } from '../../src/harness/exit.js';
import { customEmailSender } from '../rules/support.js';
import { preSignUpEvent } from './events.js';
import { usageError } from '../support/usage-error.js';

type Handler = AnyHandler;
const h = (fn: (event: unknown, context: LambdaContext, callback: (error: unknown, result?: unknown) => void) => unknown): Handler => fn as unknown as Handler;


function kind<K extends InvokeOutcome['kind']>(o: InvokeOutcome, k: K): Extract<InvokeOutcome, { kind: K }> {
  expect(o.kind).toBe(k);
  return o as Extract<InvokeOutcome, { kind: K }>;
}

describe('invokeHandler arguments', () => {
  it('names what was passed instead of a handler', () => {
    const nul = usageError(() => invokeHandler(null as never, preSignUpEvent()));
    expect(nul.message).toBe('handler must be a function (got null)');
    expect([nul.path, nul.rule]).toEqual(['handler', 'not-a-function']);
    expect(usageError(() => invokeHandler(5 as never, preSignUpEvent())).message).toBe('handler must be a function (got number)');
  });

  it('refuses a zero timeout, naming the option', () => {
    const err = usageError(() => invokeHandler(async () => undefined, preSignUpEvent(), { timeoutMs: 0 }));
    expect([err.path, err.rule]).toEqual(['timeoutMs', 'invalid-timeout']);
  });

  it('refuses an event JSON cannot represent', () => {
    const err = usageError(() => invokeHandler(async () => undefined, () => 1, { target: 'pre-signup' }));
    expect([err.path, err.rule]).toEqual(['event', 'not-json']);
  });
});

describe('invokeHandler settlements', () => {
  it('keeps the message of an error passed to the callback', async () => {
    const o = kind(await invokeHandler(h((_e, _c, cb) => cb(new Error('closed'))), preSignUpEvent()), 'threw');
    expect(o.errorMessage).toBe('closed');
    expect(o.cognitoError?.text).toBe('UserLambdaValidationException: PreSignUp failed with error closed.');
  });

  it('reads a synchronous throw of null like one of undefined: success with no result', async () => {
    const o = kind(
      await invokeHandler(
        h(() => {
          throw null;
        }),
        preSignUpEvent(),
      ),
      'threw',
    );
    expect(o.errorMessage).toBeUndefined();
    expect(o.cognitoError?.name).toBe('InvalidLambdaResponseException');
  });

  it('keeps the message of an Error thrown synchronously', async () => {
    const o = kind(
      await invokeHandler(
        h(() => {
          throw new Error('sync no');
        }),
        preSignUpEvent(),
      ),
      'threw',
    );
    expect(o.errorMessage).toBe('sync no');
    expect(o.settledBy).toBe('throw');
  });

  it('ignores what a callback handler returns, and waits for its callback', async () => {
    const o = kind(
      await invokeHandler(
        h((event, _c, cb) => {
          setTimeout(() => cb(null, event), 5);
          return 'ignored';
        }),
        preSignUpEvent(),
      ),
      'returned',
    );
    expect(o.settledBy).toBe('callback');
  });

  it('counts two context.fail calls as a callback called twice', async () => {
    const o = await invokeHandler(
      h((_e, context) => {
        context.fail(new Error('a'));
        context.fail(new Error('b'));
      }),
      preSignUpEvent(),
    );
    expect(o.callbackCalledTwice).toBe(true);
    expect(o.ignoredCalls).toEqual([{ via: 'context.fail', as: 'error' }]);
  });

  it('waits for a late context.succeed from a plain function that returns nothing', async () => {
    const o = kind(
      await invokeHandler(
        h((event, context) => {
          setTimeout(() => context.succeed(event), 5);
        }),
        preSignUpEvent(),
      ),
      'returned',
    );
    expect(o.settledBy).toBe('context.succeed');
  });

  it('reports the ignored return of a plain function, settled by "return"', async () => {
    const o = kind(await invokeHandler(h((event) => event), preSignUpEvent()), 'invalid-output');
    expect(o.reason).toBe('sync-return-ignored');
    expect(o.settledBy).toBe('return');
    expect(kind(await invokeHandler(h(() => null), preSignUpEvent()), 'invalid-output').reason).toBe('sync-return-ignored');
  });

  it('treats a function with a then method as a promise', async () => {
    const thenable = Object.assign(() => undefined, { then: (resolve: (v: unknown) => void) => resolve(preSignUpEvent()) });
    const o = kind(await invokeHandler(h(() => thenable), preSignUpEvent()), 'returned');
    expect(o.style).toBe('promise');
  });

  it('reports a thenable whose then throws as a throw', async () => {
    const bad = {
      then() {
        throw new Error('then broke');
      },
    };
    const o = kind(await invokeHandler(h(() => bad), preSignUpEvent()), 'threw');
    expect(o.settledBy).toBe('throw');
    expect(o.errorMessage).toBe('then broke');
  });

  it('reads a handler whose constructor cannot be read as not async', async () => {
    const fn = (event: unknown) => Promise.resolve(event);
    const proxy = new Proxy(fn, {
      get(target, key, receiver) {
        if (key === 'constructor') throw new Error('no');
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    const o = kind(await invokeHandler(proxy as unknown as Handler, preSignUpEvent()), 'returned');
    expect(o.style).toBe('promise');
  });

  it('reports an output that JSON turns into nothing as unserializable', async () => {
    const o = kind(await invokeHandler(async () => () => 1, preSignUpEvent()), 'invalid-output');
    expect(o.reason).toBe('unserializable');
  });
});

describe('invokeHandler notes on a timeout', () => {
  it('explains what AWS would do instead, for promise and callback handlers', async () => {
    const NEVER_SETTLED = /^on AWS, if nothing is left on the event loop, the runtime ends a promise/;
    const promiseOutcome = await invokeHandler(() => new Promise(() => {}), preSignUpEvent(), { timeoutMs: 10 });
    expect(promiseOutcome.notes).toEqual([expect.stringMatching(NEVER_SETTLED)]);
    const asyncOutcome = await invokeHandler(async () => new Promise(() => {}), preSignUpEvent(), { timeoutMs: 10 });
    expect(asyncOutcome.style).toBe('async');
    expect(asyncOutcome.notes).toEqual([expect.stringMatching(NEVER_SETTLED)]);
    const callbackOutcome = await invokeHandler(h((_e, _c, _cb) => undefined), preSignUpEvent(), { timeoutMs: 10 });
    expect(callbackOutcome.notes).toEqual([
      expect.stringMatching(/^the handler declares a callback parameter/),
      expect.stringMatching(/^the handler never called back: on AWS/),
    ]);
  });
});

describe('invokeHandler and an asynchronous trigger', () => {
  it('hands back the JSON form of what the sender returned, or nothing', async () => {
    const dated = kind(await invokeHandler(async () => ({ at: new Date(0) }), customEmailSender()), 'returned');
    expect(dated.output).toEqual({ at: '1970-01-01T00:00:00.000Z' });
    expect(dated.ignored).toBe(true);
    const nothing = kind(await invokeHandler(async () => undefined, customEmailSender()), 'returned');
    expect(nothing.output).toBeUndefined();
  });
});

describe('invokeHandler context', () => {
  const seen = async (event: Record<string, unknown>): Promise<LambdaContext> => {
    let context: LambdaContext | undefined;
    await invokeHandler(
      h(async (e, c) => {
        context = c;
        return e;
      }),
      event,
    );
    return context!;
  };

  it('takes the region from the event only when it is a string', async () => {
    expect((await seen(preSignUpEvent())).invokedFunctionArn).toBe('arn:aws:lambda:eu-west-1:123456789012:function:cognito-trigger');
    expect((await seen({ ...preSignUpEvent(), region: 7 })).invokedFunctionArn).toBe('arn:aws:lambda:us-east-1:123456789012:function:cognito-trigger');
  });
});

describe('invokeHandler keepAlive', () => {
  /** The timer invokeHandler set for `timeoutMs` (Node's Timeout, which says whether it holds the process). */
  const timerOf = (start: () => Promise<InvokeOutcome>, timeoutMs: number): { held: boolean; done: Promise<InvokeOutcome> } => {
    const spy = vi.spyOn(globalThis, 'setTimeout');
    try {
      const done = start();
      const index = spy.mock.calls.findIndex((call) => call[1] === timeoutMs);
      const timer = spy.mock.results[index]?.value as NodeJS.Timeout;
      return { held: timer.hasRef(), done };
    } finally {
      spy.mockRestore();
    }
  };

  it('holds the process with its timer by default, and not with keepAlive: false', async () => {
    const held = timerOf(() => invokeHandler(() => new Promise(() => {}), preSignUpEvent(), { timeoutMs: 31 }), 31);
    expect(held.held).toBe(true);
    await held.done;
    const loose = timerOf(() => invokeHandler(() => new Promise(() => {}), preSignUpEvent(), { timeoutMs: 32, keepAlive: false }), 32);
    expect(loose.held).toBe(false);
    expect((await loose.done).kind).toBe('timeout');
  });
});

describe('createLambdaContext', () => {
  it('names the option and the method in its usage errors', () => {
    const timeout = usageError(() => createLambdaContext({ timeoutMs: -1 }));
    expect([timeout.path, timeout.rule]).toEqual(['timeoutMs', 'invalid-timeout']);
    const c = createLambdaContext();
    for (const [method, call] of [
      ['succeed', () => c.succeed({})],
      ['fail', () => c.fail('x')],
      ['done', () => c.done()],
    ] as const) {
      const err = usageError(call);
      expect([err.path, err.rule]).toEqual([`context.${method}`, 'context-not-invoked']);
      expect(err.message).toMatch(new RegExp(`^context\\.${method}\\(\\) was called`));
    }
  });

  it('numbers contexts without a seed 0, 1, 2, … in the order they are made', () => {
    const first = createLambdaContext().awsRequestId;
    const n = Array.from({ length: 100_000 }, (_, i) => i).find((i) => requestIdFor(i) === first);
    expect(n).toBeDefined();
    expect(createLambdaContext().awsRequestId).toBe(requestIdFor(n! + 1));
  });

  it('derives the log stream from the seed and the day, the same on every run', () => {
    const at = Date.UTC(2024, 0, 31, 23, 59);
    const a = createLambdaContext({ seed: 1, startedAt: at });
    expect(a.logStreamName).toBe(createLambdaContext({ seed: 1, startedAt: at }).logStreamName);
    expect(a.logStreamName).not.toBe(createLambdaContext({ seed: 2, startedAt: at }).logStreamName);
    expect(a.logStreamName).toMatch(/^2024\/01\/31\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(createLambdaContext({ seed: 1, startedAt: at + 60_000 }).logStreamName).toMatch(/^2024\/02\/01\//);
    expect(createLambdaContext({ seed: 1, startedAt: at }).logStreamName).toMatch(/^2024\/01\/31\//);
  });

  it('keeps the ids of a seed stable across versions, so a printed seed replays', () => {
    expect(requestIdFor(1)).toBe(requestIdFor(1));
    // Pinned values: a change to the hash would break replaying ids printed by an earlier version.
    expect(requestIdFor('replay')).toBe('222df098-c3c6-4400-a1ec-cbd4048bef63');
    expect(createLambdaContext({ seed: 1, startedAt: Date.UTC(2024, 0, 31, 23, 59) }).logStreamName).toBe('2024/01/31/[$LATEST]69d215959c66d05b4de948eae9d199d7');
  });
});

describe('interceptExits', () => {
  it('restores process.exit when the last watcher stops, not before', () => {
    const original = process.exit;
    const stopA = interceptExits({ onExit: () => {} });
    const codes: number[] = [];
    const stopB = interceptExits({ onExit: (code) => codes.push(code) });
    try {
      expect(process.exit).not.toBe(original);
      stopA();
      stopA();
      expect(process.exit).not.toBe(original);
      process.exit('3' as never);
      expect(codes).toEqual([3]);
    } finally {
      stopB();
    }
    expect(process.exit).toBe(original);
  });

  it('leaves a process.exit that someone else installed meanwhile', () => {
    const original = process.exit;
    const stop = interceptExits({ onExit: () => {} });
    const theirs = (() => undefined) as unknown as typeof process.exit;
    process.exit = theirs;
    try {
      stop();
      expect(process.exit).toBe(theirs);
    } finally {
      process.exit = original;
    }
  });
});
