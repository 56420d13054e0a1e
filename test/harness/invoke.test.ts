import type { Callback, Context, PreSignUpTriggerEvent, PreSignUpTriggerHandler } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatOutcome, invokeHandler, type InvokeOutcome } from '../../src/harness.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { preAuthenticationEvent, preSignUpEvent, realEvent } from './events.js';

type Ev = PreSignUpTriggerEvent;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function expectKind<K extends InvokeOutcome['kind']>(outcome: InvokeOutcome, kind: K): Extract<InvokeOutcome, { kind: K }> {
  expect(outcome.kind, formatOutcome(outcome)).toBe(kind);
  return outcome as Extract<InvokeOutcome, { kind: K }>;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('invokeHandler: handler styles', () => {
  it('runs an async handler and returns its output and response', async () => {
    const handler = async (event: Ev) => ({ ...event, response: { ...event.response, autoConfirmUser: true } });
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.style).toBe('async');
    expect(o.settledBy).toBe('promise');
    expect(o.response).toEqual({ autoConfirmUser: true, autoVerifyEmail: false, autoVerifyPhone: false });
    expect(o.trigger).toBe('pre-signup');
    expect(o.triggerSource).toBe('PreSignUp_SignUp');
    expect(o.triggerName).toBe('PreSignUp');
    expect(o.callbackCalledTwice).toBe(false);
    expect(o.ignored).toBe(false);
  });

  it('runs a plain function that returns a promise', async () => {
    const handler = (event: Ev) => Promise.resolve(event);
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.style).toBe('promise');
  });

  it('runs a callback handler that calls back later', async () => {
    const handler: PreSignUpTriggerHandler = (event, _context, callback) => {
      setTimeout(() => callback(null, event), 5);
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.style).toBe('callback');
    expect(o.settledBy).toBe('callback');
    expect(o.declaresCallback).toBe(true);
  });

  it('accepts a handler typed with @types/aws-lambda without a cast', async () => {
    const handler: PreSignUpTriggerHandler = async (event) => event;
    expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
  });

  it('keeps the first of two callback calls and reports the second', async () => {
    const handler = (event: Ev, _c: Context, callback: Callback) => {
      callback(null, event);
      callback(new Error('second'));
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.callbackCalledTwice).toBe(true);
    expect(o.ignoredCalls).toEqual([{ via: 'callback', as: 'error' }]);
  });

  it('does not report a single callback call as twice', async () => {
    const handler = (event: Ev, _c: Context, callback: Callback) => callback(null, event);
    const o = await invokeHandler(handler, preSignUpEvent());
    expect(o.callbackCalledTwice).toBe(false);
    expect(o.ignoredCalls).toEqual([]);
  });

  it('counts context.succeed after the callback as a second call', async () => {
    const handler = (event: Ev, context: Context, callback: Callback) => {
      callback(null, event);
      context.succeed(event);
    };
    const o = await invokeHandler(handler, preSignUpEvent());
    expect(o.callbackCalledTwice).toBe(true);
    expect(o.ignoredCalls).toEqual([{ via: 'context.succeed', as: 'result' }]);
  });

  it('takes the callback when a callback handler calls back before its promise settles', async () => {
    const handler = (event: Ev, _c: Context, callback: Callback) => {
      callback(null, event);
      return sleep(5).then(() => 'late');
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.settledBy).toBe('callback');
  });

  it('takes the promise when an async callback handler resolves before calling back (the AWS bug)', async () => {
    const handler = async (event: Ev, _c: Context, callback: Callback) => {
      setTimeout(() => callback(null, event), 5);
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'invalid-output');
    expect(o.settledBy).toBe('promise');
    expect(o.reason).toBe('undefined');
  });

  it('lists the promise that settles after the callback won as ignored', async () => {
    const handler = async (event: Ev, _c: Context, callback: Callback) => {
      callback(null, event);
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.settledBy).toBe('callback');
    expect(o.ignoredCalls).toEqual([{ via: 'promise', as: 'result' }]);
    expect(o.callbackCalledTwice).toBe(false);
  });

  it('settles through the deprecated context.succeed / done / fail', async () => {
    const succeed = (event: Ev, context: Context) => context.succeed(event);
    expect(expectKind(await invokeHandler(succeed, preSignUpEvent()), 'returned').settledBy).toBe('context.succeed');
    const done = (event: Ev, context: Context) => context.done(undefined, event);
    expect(expectKind(await invokeHandler(done, preSignUpEvent()), 'returned').settledBy).toBe('context.done');
    const fail = (_event: Ev, context: Context) => context.fail('locked');
    const o = expectKind(await invokeHandler(fail, preSignUpEvent()), 'threw');
    expect(o.settledBy).toBe('context.fail');
    expect(o.cognitoError?.message).toBe('PreSignUp failed with error locked.');
  });

  it("reports context.fail() with nothing as the runtime's error 'handled'", async () => {
    const handler = (_event: Ev, context: Context) => (context.fail as () => void)();
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.errorMessage).toBe('handled');
  });

  it('waits for context.succeed from a plain two-parameter handler that returned nothing', async () => {
    const handler = (event: Ev, context: Context) => {
      setTimeout(() => context.succeed(event), 5);
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.style).toBe('sync');
  });

  it('reports a plain function that returns a value as sync-return-ignored (Lambda answers null)', async () => {
    const handler = (event: Ev) => event;
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'invalid-output');
    expect(o.reason).toBe('sync-return-ignored');
    expect(o.cognitoError?.text).toBe('InvalidLambdaResponseException: Invalid lambda function output : Invalid JSON');
    expect(o.detail).toMatch(/async/);
  });

  it('notes that a callback parameter stops the handler on nodejs24.x', async () => {
    const callbackStyle = (event: Ev, _c: Context, callback: Callback) => callback(null, event);
    expect((await invokeHandler(callbackStyle, preSignUpEvent())).notes.join()).toMatch(/nodejs24/);
    const asyncStyle = async (event: Ev) => event;
    expect((await invokeHandler(asyncStyle, preSignUpEvent())).notes).toEqual([]);
  });
});

describe('invokeHandler: errors', () => {
  it('reports a deliberate Error with the exact client message', async () => {
    const handler = async () => {
      throw new Error('Sign-ups are closed.');
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.deliberate).toBe(true);
    expect(o.crash).toBe(false);
    expect(o.settledBy).toBe('promise');
    expect(o.cognitoError?.text).toBe('UserLambdaValidationException: PreSignUp failed with error Sign-ups are closed..');
  });

  it('reports a TypeError from unhandled input as a crash', async () => {
    const handler = async (event: Ev) => (event.request as unknown as { missing: { x: string } }).missing.x;
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.crash).toBe(true);
    expect(o.deliberate).toBe(false);
    expect(o.error).toBeInstanceOf(TypeError);
  });

  it('reports a synchronous throw from a plain function', async () => {
    const handler = () => {
      throw new RangeError('bad');
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.settledBy).toBe('throw');
    expect(o.crash).toBe(true);
  });

  it('reports callback(err)', async () => {
    const handler = (_e: Ev, _c: Context, callback: Callback) => callback(new Error('denied'));
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.settledBy).toBe('callback');
    expect(o.cognitoError?.message).toBe('PreSignUp failed with error denied.');
  });

  it.each([
    ['a string', 'Not allowed', 'Not allowed', true],
    ['a plain object', { code: 42 }, '[object Object]', false],
    ['a number', 7, '7', false],
  ])('reports a thrown %s with the message the client sees', async (_what, value, message, deliberate) => {
    const handler = async () => {
      throw value;
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.errorMessage).toBe(message);
    expect(o.deliberate).toBe(deliberate);
    expect(o.crash).toBe(false);
    expect(o.cognitoError?.message).toBe(`PreSignUp failed with error ${message}.`);
  });

  it("reports a rejection with undefined or null as 'handled'", async () => {
    for (const value of [undefined, null]) {
      const handler = () => Promise.reject(value);
      const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
      expect(o.errorMessage).toBe('handled');
      expect(o.errorKind).toBe('other');
    }
  });

  it('reports a synchronous throw of undefined as threw, with the Invalid JSON the client sees', async () => {
    const handler = () => {
      throw undefined;
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.errorMessage).toBeUndefined();
    expect(o.cognitoError?.name).toBe('InvalidLambdaResponseException');
  });

  it('reports a thrown value that resists inspection (a hostile Proxy) instead of hanging', async () => {
    const hostile = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); }, get: () => { throw new Error('trap'); } });
    const handler = async () => {
      throw hostile;
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'threw');
    expect(o.errorKind).toBe('other');
  });

  it('exposes the PreAuthentication alternative (NotAuthorizedException)', async () => {
    const handler = async () => {
      throw new Error('Account locked');
    };
    const o = expectKind(await invokeHandler(handler, preAuthenticationEvent()), 'threw');
    expect(o.cognitoError?.name).toBe('UserLambdaValidationException');
    expect(o.cognitoError?.alternative?.name).toBe('NotAuthorizedException');
  });
});

describe('invokeHandler: output', () => {
  it('passes the output through a JSON round trip', async () => {
    const handler = async (event: Ev) => ({ ...event, response: { ...event.response, at: new Date(0), gone: undefined } });
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
    expect(o.response).toEqual({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false, at: '1970-01-01T00:00:00.000Z' });
    expect(Object.keys(o.response as object)).not.toContain('gone');
  });

  it('hands the handler a copy: mutating the event does not touch the caller\'s object', async () => {
    const event = preSignUpEvent();
    const handler = async (e: Ev) => {
      e.response.autoConfirmUser = true;
      return e;
    };
    await invokeHandler(handler, event);
    expect((event.response as { autoConfirmUser: boolean }).autoConfirmUser).toBe(false);
  });

  it.each([
    ['undefined', async () => undefined, 'Invalid lambda function output : Invalid JSON'],
    ['null', async () => null, 'Invalid lambda function output : Invalid JSON'],
    ['not-an-object', async () => 'ok', 'Unrecognizable lambda output'],
    ['not-an-object', async () => [1, 2], 'Unrecognizable lambda output'],
    ['no-response-object', async () => ({ autoConfirmUser: true }), 'Unrecognizable lambda output'],
    ['no-response-object', async (e: Ev) => ({ ...e, response: null }), 'Unrecognizable lambda output'],
  ] as const)('rejects output as %s', async (reason, handler, message) => {
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'invalid-output');
    expect(o.reason).toBe(reason);
    expect(o.cognitoError).toMatchObject({ name: 'InvalidLambdaResponseException', message });
  });

  it('reports callback(null) with no result as undefined output', async () => {
    const handler = (_e: Ev, _c: Context, callback: Callback) => callback(null);
    expect(expectKind(await invokeHandler(handler, preSignUpEvent()), 'invalid-output').reason).toBe('undefined');
  });

  it.each([
    ['a BigInt', async () => ({ response: { n: 1n } })],
    [
      'a circular structure',
      async (e: Ev) => {
        const out: Record<string, unknown> = { ...e };
        out.self = out;
        return out;
      },
    ],
  ])('reports %s as unserializable, with the runtime error the client sees', async (_what, handler) => {
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'invalid-output');
    expect(o.reason).toBe('unserializable');
    expect(o.cognitoError?.text).toBe('UserLambdaValidationException: PreSignUp failed with error Unable to stringify response body.');
  });

  it('does not judge field-level rules: a wrong response field still counts as returned', async () => {
    const handler = async (e: Ev) => ({ ...e, response: { autoConfirmUser: 'yes' } });
    expectKind(await invokeHandler(handler, preSignUpEvent()), 'returned');
  });
});

describe('invokeHandler: custom senders (asynchronous)', () => {
  const event = () => realEvent('blog-captured-customemailsender-forgotpassword.json');

  it('ignores whatever a custom sender returns', async () => {
    for (const handler of [async () => undefined, async () => 'sent', async () => ({ odd: true })]) {
      const o = expectKind(await invokeHandler(handler, event()), 'returned');
      expect(o.ignored).toBe(true);
      expect(o.synchronous).toBe(false);
      expect(o.response).toBeUndefined();
    }
  });

  it('still reports a custom sender that throws, with no client error', async () => {
    const handler = async () => {
      throw new TypeError('cannot decrypt');
    };
    const o = expectKind(await invokeHandler(handler, event()), 'threw');
    expect(o.crash).toBe(true);
    expect(o.cognitoError).toBeNull();
    expect(formatOutcome(o)).toContain('no client error');
  });
});

describe('invokeHandler: timeout', () => {
  it('times out a handler that never settles at the 5 s default (fake timers)', async () => {
    vi.useFakeTimers();
    let remainingAtStart = -1;
    const handler = (_e: Ev, context: Context) => {
      remainingAtStart = context.getRemainingTimeInMillis();
      return new Promise(() => {});
    };
    let outcome: InvokeOutcome | undefined;
    const pending = invokeHandler(handler, preSignUpEvent()).then((o) => (outcome = o));
    await vi.advanceTimersByTimeAsync(4_999);
    expect(outcome).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    const o = expectKind(outcome!, 'timeout');
    expect(remainingAtStart).toBe(5_000);
    expect(o.timeoutMs).toBe(5_000);
    expect(o.durationMs).toBe(5_000);
    expect(o.settledBy).toBe('timeout');
    expect(o.cognitoError?.text).toBe(
      'UnexpectedLambdaException: PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.',
    );
    expect(o.notes.join()).toMatch(/NodeJsExit/);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not time out a handler that settles just inside the limit (fake timers)', async () => {
    vi.useFakeTimers();
    const handler = async (e: Ev) => {
      await new Promise((r) => setTimeout(r, 4_999));
      return e;
    };
    const pending = invokeHandler(handler, preSignUpEvent());
    await vi.advanceTimersByTimeAsync(5_000);
    expectKind(await pending, 'returned');
  });

  it('clears its timer as soon as the handler settles (fake timers)', async () => {
    vi.useFakeTimers();
    const pending = invokeHandler(async (e: Ev) => e, preSignUpEvent());
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
    expectKind(await pending, 'returned');
  });

  it('times out a callback handler that never calls back, on a short real timeout', async () => {
    const handler = (_e: Ev, _c: Context, _callback: Callback) => undefined;
    const o = expectKind(await invokeHandler(handler, preSignUpEvent(), { timeoutMs: 30 }), 'timeout');
    expect(o.timeoutMs).toBe(30);
    expect(o.notes.join()).toMatch(/never called back/);
  });

  it('ignores a settlement that comes after the timeout', async () => {
    const handler = async (e: Ev) => {
      await sleep(60);
      return e;
    };
    const o = await invokeHandler(handler, preSignUpEvent(), { timeoutMs: 20 });
    expectKind(o, 'timeout');
    await sleep(60);
    expect(o.ignoredCalls).toEqual([]);
  });

  it('reports a custom sender timeout with no client error (Cognito does not wait for it)', async () => {
    const o = expectKind(
      await invokeHandler(() => new Promise(() => {}), realEvent('blog-captured-customemailsender-forgotpassword.json'), { timeoutMs: 20 }),
      'timeout',
    );
    expect(o.cognitoError).toBeNull();
  });
});

describe('invokeHandler: process.exit', () => {
  it('reports process.exit as exited and keeps the process alive', async () => {
    const before = process.exit;
    const handler = () => {
      process.exit(3);
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent(), { seed: 'exit' }), 'exited');
    expect(o.code).toBe(3);
    expect(o.cognitoError?.message).toBe(`PreSignUp failed with error RequestId: ${o.requestId} Error: Runtime exited with error: exit status 3.`);
    expect(process.exit).toBe(before);
  });

  it('catches process.exit called from a timer inside an async handler', async () => {
    const handler = async () => {
      await sleep(5);
      process.exit();
      return new Promise(() => {});
    };
    const o = expectKind(await invokeHandler(handler, preSignUpEvent()), 'exited');
    expect(o.code).toBe(0);
    expect(o.settledBy).toBe('process.exit');
  });

  it('restores process.exit after a handler that throws', async () => {
    const before = process.exit;
    await invokeHandler(async () => {
      throw new Error('x');
    }, preSignUpEvent());
    expect(process.exit).toBe(before);
  });

  it('attributes an exit to the overlapping invocation that made it, not to the other', async () => {
    const before = process.exit;
    const exiting = async () => {
      await sleep(5);
      process.exit(2);
      return new Promise(() => {});
    };
    const returning = async (e: Ev) => {
      await sleep(20);
      return e;
    };
    const [a, b] = await Promise.all([invokeHandler(exiting, preSignUpEvent()), invokeHandler(returning, preSignUpEvent())]);
    expect(a.kind).toBe('exited');
    expect(b.kind).toBe('returned');
    expect(process.exit).toBe(before);
  });

  it('attributes an exit from outside any handler to the running invocation instead of ending the process', async () => {
    const pending = invokeHandler(() => new Promise(() => {}), preSignUpEvent(), { timeoutMs: 1_000 });
    process.exit(9);
    const o = expectKind(await pending, 'exited');
    expect(o.code).toBe(9);
  });

  it('leaves process.exit alone when interception is off', async () => {
    const before = process.exit;
    let during: unknown;
    await invokeHandler(
      async (e: Ev) => {
        during = process.exit;
        return e;
      },
      preSignUpEvent(),
      { interceptExit: false },
    );
    expect(during).toBe(before);
  });
});

describe('invokeHandler: trigger, context and arguments', () => {
  it('finds the trigger from a real event', async () => {
    const o = await invokeHandler(async (e: unknown) => e, realEvent('github-captured-presignup-signup-ios-2018.json'));
    expect(o.trigger).toBe('pre-signup');
    expect(o.kind).toBe('returned');
  });

  it('runs an event without triggerSource as options.target', async () => {
    const event = preSignUpEvent();
    delete event.triggerSource;
    expect(() => invokeHandler(async (e: unknown) => e, event)).toThrow(KitUsageError);
    const o = await invokeHandler(async (e: unknown) => e, event, { target: 'PreSignUp_AdminCreateUser' });
    expect(o.triggerSource).toBe('PreSignUp_AdminCreateUser');
  });

  it('names the field when the trigger cannot be told', () => {
    const event = { ...preSignUpEvent(), triggerSource: 'PreSignup_SignUp' };
    try {
      void invokeHandler(async () => undefined, event);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(KitUsageError);
      expect((e as KitUsageError).path).toBe('triggerSource');
      expect((e as Error).message).toMatch(/did you mean PreSignUp_SignUp/);
    }
  });

  it('gives the handler a realistic context with the event region and a seeded request id', async () => {
    let seen: Context | undefined;
    const handler = async (e: Ev, context: Context) => {
      seen = context;
      return e;
    };
    const a = await invokeHandler(handler, preSignUpEvent(), { seed: 5, context: { functionName: 'signup-gate' } });
    expect(seen?.invokedFunctionArn).toBe('arn:aws:lambda:eu-west-1:123456789012:function:signup-gate');
    expect(seen?.awsRequestId).toBe(a.requestId);
    const b = await invokeHandler(handler, preSignUpEvent(), { seed: 5 });
    expect(b.requestId).toBe(a.requestId);
  });

  it('refuses a handler that is not a function, a bad timeout, and an event JSON cannot carry', () => {
    expect(() => invokeHandler('nope' as never, preSignUpEvent())).toThrow(/handler must be a function/);
    expect(() => invokeHandler(async () => undefined, preSignUpEvent(), { timeoutMs: -1 })).toThrow(/timeoutMs/);
    expect(() => invokeHandler(async () => undefined, { ...preSignUpEvent(), big: 1n })).toThrow(/JSON/);
  });
});
