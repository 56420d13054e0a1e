/**
 * The one-line report of an outcome (`formatOutcome`), and the edges of the error readers the
 * harness builds it from (`classifyThrown`, `lambdaErrorMessage`, `cognitoErrorFor`): what counts
 * as error-like and what does not. Written against the survivors of the mutation run
 * (docs/mutation.md).
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { classifyThrown, cognitoErrorFor, formatOutcome, invokeHandler, lambdaErrorMessage } from '../../src/harness.js';
import type { AnyHandler } from '../../src/harness.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { customEmailSender } from '../rules/support.js';
import { preAuthenticationEvent, preSignUpEvent } from './events.js';

const DENIED = 'UserLambdaValidationException: PreSignUp failed with error';

describe('formatOutcome', () => {
  const line = async (handler: unknown, event: unknown = preSignUpEvent(), timeoutMs?: number) =>
    formatOutcome(await invokeHandler(handler as AnyHandler, event, timeoutMs === undefined ? {} : { timeoutMs }));

  it('reports a return, and an ignored one for an asynchronous trigger', async () => {
    expect(await line(async (event: unknown) => event)).toBe('returned');
    expect(await line(async () => ({ ignored: true }), customEmailSender())).toBe('returned (output ignored: asynchronous trigger)');
  });

  it('marks a callback called twice', async () => {
    const handler = (event: unknown, _c: unknown, callback: (e: unknown, r?: unknown) => void) => {
      callback(null, event);
      callback(null, event);
    };
    expect(await line(handler)).toBe('returned [callback called twice]');
  });

  it('names what was thrown and what kind of failure it is', async () => {
    expect(
      await line(async () => {
        throw new Error('Sign-ups are closed.');
      }),
    ).toBe(`threw Error (deliberate denial): ${DENIED} Sign-ups are closed..`);
    expect(
      await line(async () => {
        throw new TypeError('x is undefined');
      }),
    ).toBe(`threw TypeError (crash): ${DENIED} x is undefined.`);
    expect(
      await line(async () => {
        throw { code: 1 };
      }),
    ).toBe(`threw a plain object (not an Error: the message is lost): ${DENIED} [object Object].`);
    expect(
      await line(async () => {
        throw ['a'];
      }),
    ).toBe(`threw an array (not an Error: the message is lost): ${DENIED} a.`);
    expect(
      await line(async () => {
        throw 7;
      }),
    ).toBe(`threw a number (not an Error: the message is lost): ${DENIED} 7.`);
    expect(await line(() => Promise.reject(null))).toBe(`threw null (not an Error: the message is lost): ${DENIED} handled.`);
    expect(await line(() => Promise.reject(undefined))).toBe(`threw undefined (not an Error: the message is lost): ${DENIED} handled.`);
  });

  it('describes a thrown function or a non-string name by its type', async () => {
    function TypeErrorLike(): void {}
    expect(
      await line(async () => {
        throw TypeErrorLike;
      }),
    ).toMatch(/^threw a function \(not an Error: the message is lost\): /);
    expect(
      await line(async () => {
        throw { name: 5 };
      }),
    ).toMatch(/^threw a plain object \(not an Error: the message is lost\): /);
  });

  it('describes an error without a usable name by its type, and says no client sees a sender\'s failure', async () => {
    const nameless = Object.assign(new Error('no'), { name: '' });
    expect(
      await line(async () => {
        throw nameless;
      }),
    ).toBe(`threw a plain object (deliberate denial): ${DENIED} no.`);
    expect(
      await line(async () => {
        throw new Error('down');
      }, customEmailSender()),
    ).toBe('threw Error (deliberate denial): no client error (asynchronous trigger)');
  });

  it('reports a timeout, an invalid output and an exit with what the client sees', async () => {
    expect(await line(() => new Promise(() => {}), preSignUpEvent(), 20)).toBe(
      'timed out after 20 ms: UnexpectedLambdaException: PreSignUp invocation failed due to error Socket timeout while invoking Lambda function.',
    );
    expect(await line(async () => null)).toBe('invalid output (null): InvalidLambdaResponseException: Invalid lambda function output : Invalid JSON');
    const exited = await invokeHandler(
      (() => {
        process.exit(3);
      }) as AnyHandler,
      preSignUpEvent(),
      { seed: 'fmt' },
    );
    expect(formatOutcome(exited)).toBe(
      `called process.exit(3): ${DENIED} RequestId: ${exited.requestId} Error: Runtime exited with error: exit status 3.`,
    );
  });
});

describe('classifyThrown: what is error-like', () => {
  it('needs a non-empty name, message and stack string on a plain object', () => {
    expect(classifyThrown({ name: 'Deny', message: 'no', stack: 'Deny: no' }).errorKind).toBe('error');
    for (const value of [
      { name: 'Deny', message: 'no' },
      { name: 'Deny', message: 'no', stack: '' },
      { name: 'Deny', message: '', stack: 'Deny' },
      { name: '', message: 'no', stack: 'x' },
      { name: 'Deny', message: 1, stack: 'x' },
      { name: 1, message: 'no', stack: 'x' },
      { name: 'Deny', message: 'no', stack: 1 },
    ]) {
      expect(classifyThrown(value).errorKind, JSON.stringify(value)).toBe('other');
    }
  });

  it('reads an engine error from another realm by its name only when it also has a string message', () => {
    expect(classifyThrown({ name: 'TypeError', message: 'x' }).errorKind).toBe('engine-error');
    expect(classifyThrown({ name: 'TypeError' }).errorKind).toBe('other');
    expect(classifyThrown({ name: 'Oops', message: 'x' }).errorKind).toBe('other');
  });

  it('counts an Error from another realm as an error even with an empty message', () => {
    expect(classifyThrown(runInNewContext('new Error("")')).errorKind).toBe('error');
  });

  it('does not call an Error subclass named like an engine error a crash', () => {
    class Mislabelled extends Error {
      override name = 'TypeError';
    }
    expect(classifyThrown(new Mislabelled('x'))).toEqual({ errorKind: 'error', crash: false, deliberate: true });
  });

  it('reads an AggregateError look-alike by its name, and looks only a few levels deep', () => {
    expect(classifyThrown({ name: 'AggregateError', errors: [new RangeError('r')] }).errorKind).toBe('engine-error');
    expect(classifyThrown({ name: 'AggregateError', errors: 'none' }).errorKind).toBe('error');
    let nested: unknown = new TypeError('deep');
    for (let i = 0; i < 9; i++) nested = new AggregateError([nested]);
    expect(classifyThrown(nested).errorKind).toBe('error');
    let shallow: unknown = new TypeError('deep');
    for (let i = 0; i < 8; i++) shallow = new AggregateError([shallow]);
    expect(classifyThrown(shallow).errorKind).toBe('engine-error');
  });

  it('classifies the empty string, numbers and null as other', () => {
    for (const value of ['', 0, 1, null, undefined, true]) expect(classifyThrown(value).errorKind).toBe('other');
  });
});

describe('lambdaErrorMessage: what is error-like', () => {
  it('reads a plain object by its message only when it has a non-empty name, message and stack', () => {
    expect(lambdaErrorMessage({ name: 'Deny', message: 'no', stack: 'Deny: no' })).toBe('no');
    const plain = (o: Record<string, unknown>) => lambdaErrorMessage({ ...o, toString: () => 'as text' });
    expect(plain({ name: 'Deny', message: 'no' })).toBe('as text');
    expect(plain({ name: 'Deny', message: 'no', stack: '' })).toBe('as text');
    expect(plain({ name: 'Deny', message: '', stack: 'x' })).toBe('as text');
    expect(plain({ name: '', message: 'no', stack: 'x' })).toBe('as text');
    expect(plain({ name: 'Deny', message: 2, stack: 'x' })).toBe('as text');
    expect(plain({ name: 2, message: 'no', stack: 'x' })).toBe('as text');
    expect(plain({ name: 'Deny', message: 'no', stack: 2 })).toBe('as text');
    expect(lambdaErrorMessage('plain text')).toBe('plain text');
  });
});

describe('cognitoErrorFor', () => {
  it('refuses an asynchronous trigger, naming the option and the rule', () => {
    let err: unknown;
    try {
      cognitoErrorFor('custom-sms-sender', { kind: 'timeout' });
    } catch (caught) {
      err = caught;
    }
    expect(err).toBeInstanceOf(KitUsageError);
    expect((err as KitUsageError).path).toBe('target');
    expect((err as KitUsageError).rule).toBe('asynchronous-trigger');
  });

  it('resolves a TokenGeneration source with the version given', () => {
    const e = cognitoErrorFor('TokenGeneration_Authentication', { kind: 'threw', error: new Error('x') }, { version: 2 });
    expect(e.text).toBe('UserLambdaValidationException: PreTokenGeneration failed with error x.');
  });

  it('checks the version against a pre token slug', () => {
    expect(() => cognitoErrorFor('pre-token-generation', { kind: 'timeout' }, { version: 2 })).toThrow(KitUsageError);
  });

  it('reads a thrown undefined as success only when the runtime would', () => {
    expect(cognitoErrorFor('pre-signup', { kind: 'threw', error: undefined, readAsSuccess: false }).text).toBe(`${DENIED} handled.`);
    expect(cognitoErrorFor('pre-signup', { kind: 'threw', error: null, readAsSuccess: true }).name).toBe('InvalidLambdaResponseException');
    expect(cognitoErrorFor('pre-signup', { kind: 'threw', error: new Error('x'), readAsSuccess: true }).text).toBe(`${DENIED} x.`);
  });

  it('gives the PreAuthentication alternative its source and text, and no other trigger one', async () => {
    const e = cognitoErrorFor('pre-authentication', { kind: 'threw', error: new Error('Locked') });
    expect(e.alternative).toEqual({ name: 'NotAuthorizedException', message: 'PreAuthentication failed with error Locked.', source: 'floci-io/floci#3851 (sheet §4.2, DISAGREE)' });
    expect(e.text).toBe('UserLambdaValidationException: PreAuthentication failed with error Locked.');
    expect('alternative' in cognitoErrorFor('pre-signup', { kind: 'threw', error: new Error('x') })).toBe(false);
    const outcome = await invokeHandler(async () => {
      throw new Error('Locked');
    }, preAuthenticationEvent());
    expect(outcome.kind === 'threw' && outcome.cognitoError?.alternative?.name).toBe('NotAuthorizedException');
  });
});
