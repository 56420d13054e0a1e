/**
 * Every flow property has a flow that breaks it and one that keeps it, judged by checkFlow on
 * transcripts of simulateCustomAuth.
 */
import { describe, expect, it } from 'vitest';
import {
  alwaysRight,
  alwaysWrong,
  checkFlow,
  FLOW_PROPERTIES,
  isFailing,
  simulateCustomAuth,
  wrongThenRight,
  type CustomAuthHandlers,
  type FlowCheckOptions,
  type FlowPropertyId,
  type SimulateOptions,
} from '../../../src/fuzz.js';
import { createWith, defineWith, exampleHandler, handlersWith, otpHandlers, respond } from './helpers.js';

const otp = await otpHandlers();
const broken = async (name: string) => exampleHandler(`custom-auth-broken/${name}.mjs`);

async function violations(handlers: CustomAuthHandlers, options: SimulateOptions = {}, check: FlowCheckOptions = {}): Promise<FlowPropertyId[]> {
  return checkFlow(await simulateCustomAuth(handlers, options), check).map((v) => v.property);
}

async function twinCheck(handlers: CustomAuthHandlers, strict = false): Promise<FlowPropertyId[]> {
  const shared: SimulateOptions = { preventUserExistenceErrors: 'ENABLED', seed: 3 };
  const missing = await simulateCustomAuth(handlers, { ...shared, userExists: false });
  const twin = await simulateCustomAuth(handlers, { ...shared, answers: alwaysWrong() });
  return checkFlow(missing, { twin, strict }).map((v) => v.property);
}

describe('the property table', () => {
  it('has stable kebab-case ids under custom-auth/, errors first by importance, two warnings', () => {
    for (const p of FLOW_PROPERTIES) expect(p.id).toMatch(/^custom-auth\/[a-z]+(-[a-z]+)*$/);
    expect(new Set(FLOW_PROPERTIES.map((p) => p.id)).size).toBe(FLOW_PROPERTIES.length);
    expect(FLOW_PROPERTIES.filter((p) => p.severity === 'warning').map((p) => p.id)).toEqual([
      'custom-auth/unbounded-wrong-answers',
      'custom-auth/reveals-user-existence',
    ]);
  });

  it('the OTP example keeps every property, whatever the client does', async () => {
    for (const answers of [alwaysRight(), alwaysWrong(), wrongThenRight(1), wrongThenRight(2), wrongThenRight(4)]) {
      expect(await violations(otp, { answers, preventUserExistenceErrors: 'ENABLED' }, { strict: true })).toEqual([]);
    }
    expect(await twinCheck(otp, true)).toEqual([]);
  });
});

describe('custom-auth/define-conflicting-decision', () => {
  it('breaks when Define sets issueTokens and failAuthentication', async () => {
    const define = await broken('define-conflicting');
    expect(await violations({ ...otp, define }, { answers: wrongThenRight(2) })).toContain('custom-auth/define-conflicting-decision');
  });
  it('holds for a Define that decides one way', async () => {
    expect(await violations(otp, { answers: wrongThenRight(2) })).not.toContain('custom-auth/define-conflicting-decision');
  });
});

describe('custom-auth/define-no-decision', () => {
  it('breaks when Define leaves everything null', async () => {
    const define = await broken('define-forgets-to-decide');
    expect(await violations({ ...otp, define }, { answers: alwaysWrong() })).toEqual(['custom-auth/define-no-decision']);
  });
  it('holds when Define decides every time', async () => {
    expect(await violations(otp, { answers: alwaysWrong() })).toEqual([]);
  });
});

describe('custom-auth/handler-error', () => {
  it('breaks when Create crashes on the first round (session [])', async () => {
    const create = await broken('create-crashes-on-first-round');
    const found = checkFlow(await simulateCustomAuth({ ...otp, create }));
    expect(found[0]).toMatchObject({ property: 'custom-auth/handler-error', rule: 'fuzz/crash', round: 1 });
    expect(found[0]!.message).toMatch(/UserLambdaValidationException: CreateAuthChallenge failed with error/);
  });
  it('breaks when Create expects clientMetadata on the InitiateAuth round', async () => {
    const create = await broken('create-expects-client-metadata');
    expect(await violations({ ...otp, create }, { clientMetadata: { redirectUri: 'https://app.example.com/' } })).toContain('custom-auth/handler-error');
  });
  it('breaks when a handler times out, or returns an output Cognito cannot use', async () => {
    const hang = (() => new Promise(() => {})) as unknown as CustomAuthHandlers['verify'];
    expect(await violations({ ...otp, verify: hang }, { timeoutMs: 20 })).toContain('custom-auth/handler-error');
    expect(await violations({ ...otp, verify: respond(() => ({ answerCorrect: 'true' })) })).toContain('custom-auth/handler-error');
  });
  it('output-rule warnings count only with strict', async () => {
    const create = respond(() => ({ publicChallengeParameters: {}, privateChallengeParameters: {}, challengeMetadata: null }));
    const handlers = handlersWith({ create });
    const options: SimulateOptions = { answers: alwaysWrong() };
    expect(await violations(handlers, options)).toEqual([]);
    expect(await violations(handlers, { ...options, strict: true }, { strict: true })).toContain('custom-auth/handler-error');
  });
  it('holds for handlers that answer every round', async () => {
    expect(await violations(otp, { clientMetadata: { a: 'b' }, answers: wrongThenRight(1) })).toEqual([]);
  });
});

describe('custom-auth/answer-in-public-parameters', () => {
  it('breaks when Create copies the code into the public parameters', async () => {
    const found = checkFlow(await simulateCustomAuth({ ...otp, create: await broken('create-leaks-answer') }));
    expect(found.map((v) => v.property)).toEqual(['custom-auth/answer-in-public-parameters']);
    expect(found[0]!.rule).toBe('create-auth-challenge/answer-leaked');
    expect(found[0]!.message).toContain('publicChallengeParameters.debugCode');
  });
  it('holds when nothing private is public', async () => {
    expect(await violations(otp)).not.toContain('custom-auth/answer-in-public-parameters');
  });
});

describe('custom-auth/tokens-without-correct-answer', () => {
  it('breaks when Define issues tokens without reading the last result', async () => {
    const define = await broken('define-skips-result-check');
    const found = checkFlow(await simulateCustomAuth({ ...otp, define }, { answers: wrongThenRight(1) }));
    expect(found[0]).toMatchObject({ property: 'custom-auth/tokens-without-correct-answer', round: 2 });
    expect(found[0]!.message).toMatch(/latest challenge, CUSTOM_CHALLENGE in round 1, was not passed \(the client sent "\d+", the right answer was "\d+"; Verify said answerCorrect false\)/);
  });
  it('breaks when Define trusts the [SRP_A] of an SRP start', async () => {
    const define = await broken('define-trusts-srp');
    const found = checkFlow(await simulateCustomAuth({ ...otp, define }, { start: 'srp', answers: alwaysWrong() }));
    expect(found[0]!.property).toBe('custom-auth/tokens-without-correct-answer');
    expect(found[0]!.message).toContain('before the client answered any challenge (session [SRP_A:true])');
  });
  it('breaks when Define issues tokens on the first call, and when Verify accepts a wrong answer', async () => {
    const define = respond(() => ({ issueTokens: true, failAuthentication: false }));
    expect(await violations(handlersWith({ define }))).toContain('custom-auth/tokens-without-correct-answer');
    expect(await violations({ ...otp, verify: await broken('verify-accepts-anything') }, { answers: wrongThenRight(1) })).toContain(
      'custom-auth/tokens-without-correct-answer',
    );
  });
  it('breaks when a user that does not exist gets tokens', async () => {
    const verify = await broken('verify-accepts-anything');
    expect(await violations({ ...otp, verify }, { userExists: false, preventUserExistenceErrors: 'ENABLED' })).toContain('custom-auth/tokens-without-correct-answer');
  });
  it('holds when tokens follow a right answer, after an SRP password step too', async () => {
    expect(await violations(otp, { answers: wrongThenRight(2) })).toEqual([]);
    const srp = handlersWith({ define: defineWith({ srp: 'password' }) });
    expect(await violations(srp, { start: 'srp', mfa: 'SMS_MFA' }, { starts: ['srp'] })).toEqual([]);
  });
});

describe('custom-auth/always-wrong-got-tokens', () => {
  it('breaks when an always-wrong client signs in', async () => {
    const verify = await broken('verify-accepts-anything');
    expect(await violations({ ...otp, verify }, { answers: alwaysWrong() })).toEqual([
      'custom-auth/tokens-without-correct-answer',
      'custom-auth/always-wrong-got-tokens',
    ]);
  });
  it('holds for a flow that fails an always-wrong client, and is not judged for other clients', async () => {
    expect(await violations(otp, { answers: alwaysWrong() })).toEqual([]);
    const verify = await broken('verify-accepts-anything');
    expect(await violations({ ...otp, verify }, { answers: wrongThenRight(1) })).not.toContain('custom-auth/always-wrong-got-tokens');
  });
});

describe('custom-auth/always-right-no-tokens', () => {
  it('breaks when no answer can ever be right', async () => {
    const verify = await broken('verify-compares-numbers');
    const found = checkFlow(await simulateCustomAuth({ ...otp, verify }));
    expect(found.map((v) => v.property)).toEqual(['custom-auth/always-right-no-tokens']);
    expect(found[0]!.message).toContain('authentication failed (NotAuthorizedException: Incorrect username or password.)');
  });
  it('breaks when Define denies everyone on purpose (a thrown Error is not a handler error)', async () => {
    const define = respond(() => {
      throw new Error('sign-ins are closed');
    });
    expect(await violations(handlersWith({ define }))).toEqual(['custom-auth/always-right-no-tokens']);
  });
  it('holds when an always-right client signs in; not judged for a user not found or a start the app does not support', async () => {
    expect(await violations(otp)).toEqual([]);
    expect(await violations(otp, { start: 'srp' })).toEqual([]);
    expect(await violations(otp, { start: 'srp' }, { starts: ['passwordless', 'srp'] })).toEqual(['custom-auth/always-right-no-tokens']);
    expect(await violations(otp, { userExists: false, preventUserExistenceErrors: 'ENABLED' })).toEqual([]);
  });
});

describe('custom-auth/unbounded-wrong-answers', () => {
  it('breaks (as a warning) when Define never fails a wrong client', async () => {
    const define = await broken('define-unlimited-retries');
    const found = checkFlow(await simulateCustomAuth({ ...otp, define }, { answers: alwaysWrong(), maxRounds: 10 }));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ property: 'custom-auth/unbounded-wrong-answers', severity: 'warning', round: 6 });
    expect(isFailing(found[0]!, false)).toBe(false);
    expect(isFailing(found[0]!, true)).toBe(true);
  });
  it('takes the bound from maxWrong: three attempts pass at 5 and 3, not at 2', async () => {
    const t = await simulateCustomAuth(otp, { answers: alwaysWrong() });
    expect(checkFlow(t, { maxWrong: 5 })).toEqual([]);
    expect(checkFlow(t, { maxWrong: 3 })).toEqual([]);
    expect(checkFlow(t, { maxWrong: 2 }).map((v) => v.property)).toEqual(['custom-auth/unbounded-wrong-answers']);
  });
});

describe('custom-auth/reveals-user-existence', () => {
  it('breaks (as a warning) when a user not found fails at once', async () => {
    const define = await broken('define-reveals-missing-users');
    const shared: SimulateOptions = { preventUserExistenceErrors: 'ENABLED', seed: 3 };
    const missing = await simulateCustomAuth({ ...otp, define }, { ...shared, userExists: false });
    const twin = await simulateCustomAuth({ ...otp, define }, { ...shared, answers: alwaysWrong() });
    const found = checkFlow(missing, { twin });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ property: 'custom-auth/reveals-user-existence', severity: 'warning', round: 1 });
    expect(found[0]!.message).toContain('gets the error NotAuthorizedException: Incorrect username or password. where an existing user answering wrong gets challenge CUSTOM_CHALLENGE');
  });
  it('breaks when the challenge parameters differ', async () => {
    const create = respond((event) => ({
      publicChallengeParameters: event.request.userNotFound ? { hint: 'x' } : { hint: 'x', email: 'j***@example.com' },
      privateChallengeParameters: { answer: '111111' },
      challengeMetadata: null,
    }));
    expect(await twinCheck(handlersWith({ create }))).toEqual(['custom-auth/reveals-user-existence']);
  });
  it('holds when both get the same challenges and the same final error', async () => {
    expect(await twinCheck(otp)).toEqual([]);
    expect(await twinCheck(handlersWith({ create: createWith() }))).toEqual([]);
  });
});

describe('checkFlow options', () => {
  it('orders violations by the table and keeps only the ones asked for', async () => {
    const handlers = { ...otp, verify: await broken('verify-accepts-anything'), create: await broken('create-leaks-answer') };
    const t = await simulateCustomAuth(handlers, { answers: alwaysWrong() });
    expect(checkFlow(t).map((v) => v.property)).toEqual([
      'custom-auth/answer-in-public-parameters',
      'custom-auth/tokens-without-correct-answer',
      'custom-auth/always-wrong-got-tokens',
    ]);
    expect(checkFlow(t, { properties: ['custom-auth/always-wrong-got-tokens'] }).map((v) => v.property)).toEqual(['custom-auth/always-wrong-got-tokens']);
  });
});
