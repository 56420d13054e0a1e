import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  UNREADABLE_ERROR_MESSAGE,
  classifyThrown,
  cognitoErrorFor,
  lambdaErrorMessage,
} from '../../src/harness.js';
import { KitUsageError } from '../../src/shared/errors.js';

describe('cognitoErrorFor', () => {
  it('wraps a thrown message as UserLambdaValidationException with the trigger name and a period', () => {
    const e = cognitoErrorFor('PreSignUp_SignUp', { kind: 'threw', error: new Error('Sign-ups are closed') });
    expect(e).toEqual({
      name: 'UserLambdaValidationException',
      message: 'PreSignUp failed with error Sign-ups are closed.',
      text: 'UserLambdaValidationException: PreSignUp failed with error Sign-ups are closed.',
    });
  });

  it('appends the period even when the message already ends with one', () => {
    expect(cognitoErrorFor('pre-signup', { kind: 'threw', error: new Error('Nope.') }).message).toBe('PreSignUp failed with error Nope..');
  });

  it("uses the registry's LambdaConfig name, not the slug or the function name", () => {
    expect(cognitoErrorFor('verify-auth-challenge-response', { kind: 'threw', error: 'x' }).message).toBe(
      'VerifyAuthChallengeResponse failed with error x.',
    );
    expect(cognitoErrorFor('TokenGeneration_RefreshTokens', { kind: 'threw', error: 'x' }, { version: 2 }).message).toBe(
      'PreTokenGeneration failed with error x.',
    );
  });

  it('reports a timeout as UnexpectedLambdaException with the socket-timeout text', () => {
    expect(cognitoErrorFor('post-authentication', { kind: 'timeout' }).text).toBe(
      'UnexpectedLambdaException: PostAuthentication invocation failed due to error Socket timeout while invoking Lambda function.',
    );
  });

  it('reports undefined or null output as Invalid JSON and a wrong shape as Unrecognizable', () => {
    for (const reason of ['undefined', 'null', 'sync-return-ignored'] as const) {
      expect(cognitoErrorFor('pre-signup', { kind: 'invalid-output', reason }).text).toBe(
        'InvalidLambdaResponseException: Invalid lambda function output : Invalid JSON',
      );
    }
    for (const reason of ['not-an-object', 'no-response-object'] as const) {
      expect(cognitoErrorFor('pre-signup', { kind: 'invalid-output', reason }).text).toBe(
        'InvalidLambdaResponseException: Unrecognizable lambda output',
      );
    }
  });

  it("reports output JSON cannot represent with the runtime's stringify error", () => {
    expect(cognitoErrorFor('custom-message', { kind: 'invalid-output', reason: 'unserializable' }).text).toBe(
      'UserLambdaValidationException: CustomMessage failed with error Unable to stringify response body.',
    );
  });

  it("reports a runtime exit with Lambda's exit wording, non-zero and zero", () => {
    const rid = '11111111-2222-4333-8444-555555555555';
    expect(cognitoErrorFor('pre-signup', { kind: 'exited', code: 129, requestId: rid }).message).toBe(
      `PreSignUp failed with error RequestId: ${rid} Error: Runtime exited with error: exit status 129.`,
    );
    expect(cognitoErrorFor('pre-signup', { kind: 'exited', code: 0, requestId: rid }).message).toBe(
      `PreSignUp failed with error RequestId: ${rid} Error: Runtime exited without providing a reason.`,
    );
  });

  it('keeps UserLambdaValidationException for PreAuthentication and exposes NotAuthorizedException as the alternative', () => {
    const e = cognitoErrorFor('pre-authentication', { kind: 'threw', error: new Error('Account locked') });
    expect(e.name).toBe('UserLambdaValidationException');
    expect(e.alternative).toMatchObject({ name: 'NotAuthorizedException', message: 'PreAuthentication failed with error Account locked.' });
    expect(cognitoErrorFor('post-authentication', { kind: 'threw', error: new Error('x') }).alternative).toBeUndefined();
  });

  it('reads a synchronous throw of undefined as success with no result (Invalid JSON)', () => {
    expect(cognitoErrorFor('pre-signup', { kind: 'threw', error: undefined, readAsSuccess: true }).name).toBe('InvalidLambdaResponseException');
    expect(cognitoErrorFor('pre-signup', { kind: 'threw', error: undefined }).message).toBe('PreSignUp failed with error handled.');
  });

  it('refuses the custom senders, whose errors no client sees', () => {
    expect(() => cognitoErrorFor('CustomEmailSender_SignUp', { kind: 'timeout' })).toThrow(KitUsageError);
    expect(() => cognitoErrorFor('custom-sms-sender', { kind: 'timeout' })).toThrow(/asynchronously/);
  });

  it('refuses an unknown target with a usage error', () => {
    expect(() => cognitoErrorFor('PreSignup_SignUp' as never, { kind: 'timeout' })).toThrow(/did you mean PreSignUp_SignUp/);
  });
});

describe('lambdaErrorMessage', () => {
  it("takes an Error's message, even an empty one", () => {
    expect(lambdaErrorMessage(new RangeError('too big'))).toBe('too big');
    expect(lambdaErrorMessage(new Error(''))).toBe('');
  });

  it('takes a string as it is and other values through toString', () => {
    expect(lambdaErrorMessage('Not allowed')).toBe('Not allowed');
    expect(lambdaErrorMessage({ code: 42 })).toBe('[object Object]');
    expect(lambdaErrorMessage(42)).toBe('42');
    expect(lambdaErrorMessage({ toString: () => 'custom text' })).toBe('custom text');
  });

  it('reads an error-like object (name, message and stack strings) by its message', () => {
    expect(lambdaErrorMessage({ name: 'DenyError', message: 'denied', stack: 'DenyError: denied\n    at x' })).toBe('denied');
  });

  it("gives 'handled' for a rejection with undefined or null", () => {
    expect(lambdaErrorMessage(undefined)).toBe('handled');
    expect(lambdaErrorMessage(null)).toBe('handled');
  });

  it("falls back to the runtime's sentence when the value cannot be read", () => {
    expect(lambdaErrorMessage(Object.create(null))).toBe(UNREADABLE_ERROR_MESSAGE);
    expect(
      lambdaErrorMessage({
        toString() {
          throw new Error('boom');
        },
      }),
    ).toBe(UNREADABLE_ERROR_MESSAGE);
  });
});

describe('classifyThrown', () => {
  it.each([
    ['TypeError', new TypeError('x')],
    ['ReferenceError', new ReferenceError('x')],
    ['RangeError', new RangeError('x')],
    ['SyntaxError', new SyntaxError('x')],
    ['URIError', new URIError('x')],
    ['EvalError', new EvalError('x')],
  ])('counts a %s as a crash, not a denial', (_name, error) => {
    expect(classifyThrown(error)).toEqual({ errorKind: 'engine-error', crash: true, deliberate: false });
  });

  it('counts the real error of unhandled input as a crash', () => {
    let thrown: unknown;
    try {
      decodeURIComponent('%');
    } catch (e) {
      thrown = e;
    }
    expect(classifyThrown(thrown).crash).toBe(true);
  });

  it('counts a subclass of TypeError as a crash', () => {
    class BadInput extends TypeError {}
    expect(classifyThrown(new BadInput('x')).crash).toBe(true);
  });

  it('counts an engine error from another realm (vm) as a crash', () => {
    const foreign = runInNewContext('new TypeError("foreign")') as unknown;
    expect(foreign instanceof TypeError).toBe(false);
    expect(classifyThrown(foreign).crash).toBe(true);
  });

  it('counts an Error or an Error subclass as a deliberate denial', () => {
    class Denied extends Error {}
    expect(classifyThrown(new Error('no'))).toEqual({ errorKind: 'error', crash: false, deliberate: true });
    expect(classifyThrown(new Denied('no')).deliberate).toBe(true);
    expect(classifyThrown(runInNewContext('new Error("foreign")')).deliberate).toBe(true);
  });

  it('counts an AggregateError as a crash only when it holds one', () => {
    expect(classifyThrown(new AggregateError([new Error('a'), new TypeError('b')])).crash).toBe(true);
    expect(classifyThrown(new AggregateError([new Error('a'), new Error('b')]))).toEqual({ errorKind: 'error', crash: false, deliberate: true });
  });

  it('counts a non-empty string as a deliberate denial', () => {
    expect(classifyThrown('Not allowed')).toEqual({ errorKind: 'string', crash: false, deliberate: true });
  });

  it('counts other values as neither crash nor denial', () => {
    for (const value of [undefined, null, '', 42, { code: 1 }, Symbol('s')]) {
      expect(classifyThrown(value)).toEqual({ errorKind: 'other', crash: false, deliberate: false });
    }
  });

  it('counts an error-like object as a denial', () => {
    expect(classifyThrown({ name: 'Deny', message: 'no', stack: 'Deny: no' }).deliberate).toBe(true);
  });
});

describe('classifyThrown on values that resist inspection', () => {
  it('counts a Proxy whose traps throw as other, without throwing', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('trap');
        },
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(classifyThrown(hostile)).toEqual({ errorKind: 'other', crash: false, deliberate: false });
    expect(lambdaErrorMessage(hostile)).toBe(UNREADABLE_ERROR_MESSAGE);
  });
});
