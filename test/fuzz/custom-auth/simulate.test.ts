/**
 * simulateCustomAuth reproduces Cognito's loop: the events it sends have the shapes of real
 * captured events on the first and later rounds, pass the input contract without a realism
 * warning, and the loop ends the way a client would see it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alwaysRight, alwaysWrong, answerPattern, simulateCustomAuth, wrongThenRight, type FlowInvocation, type FlowTranscript } from '../../../src/fuzz.js';
import { userArb } from '../../../src/arbitraries.js';
import { KitUsageError } from '../../../src/shared/errors.js';
import { validateEvent } from '../../../src/validation/validate.js';
import { createWith, defineWith, handlersWith, otpHandlers, realEvent, respond, verifyWith } from './helpers.js';

type Json = Record<string, unknown>;

/** Keys in order and JSON types, with user data (attribute maps, parameter maps) reduced to their type. */
function shape(value: unknown, key = ''): unknown {
  if (['userAttributes', 'privateChallengeParameters', 'clientMetadata', 'publicChallengeParameters'].includes(key) && value !== null && typeof value === 'object') {
    return Object.values(value).every((v) => typeof v === 'string') ? 'map<string,string>' : 'map<other>';
  }
  if (Array.isArray(value)) return value.map((v) => shape(v));
  if (value !== null && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, shape(v, k)]);
  return value === null ? null : typeof value;
}

function expectSameShape(simulated: FlowInvocation | undefined, real: Json): void {
  expect(simulated, 'the simulator made this call').toBeDefined();
  const event = simulated!.event;
  const realResponse = { ...(real.response as Json) };
  // The verify-clientmetadata capture was logged after the handler ran (index.json caveat).
  if ('answerCorrect' in realResponse) realResponse.answerCorrect = null;
  expect(shape(event)).toEqual(shape({ ...real, response: realResponse }));
  expect(event.version).toBe(real.version);
  expect(event.triggerSource).toBe(real.triggerSource);
  const req = event.request as Json;
  const realReq = real.request as Json;
  for (const k of ['session', 'challengeName', 'userNotFound'] as const) expect(req[k]).toEqual(realReq[k]);
  expect(event.response).toEqual(realResponse);
}

function expectRealistic(t: FlowTranscript): void {
  for (const inv of t.invocations) {
    const result = validateEvent(inv.event);
    expect(result.errors, `${inv.handler} round event`).toEqual([]);
    expect(result.warnings, `${inv.handler} round event`).toEqual([]);
  }
}

const otp = await otpHandlers();

describe('simulateCustomAuth: the events match real captures', () => {
  it('first round of a passwordless flow (PreventUserExistenceErrors ENABLED): Define, Create and Verify', async () => {
    const handlers = handlersWith({ create: createWith({ key: 'secretLoginCode' }), verify: verifyWith('secretLoginCode') });
    const t = await simulateCustomAuth(handlers, { preventUserExistenceErrors: 'ENABLED', rightAnswer: 'secretLoginCode' });
    expectSameShape(t.rounds[0]?.define, realEvent('github-captured-defineauthchallenge-first-call.json'));
    expectSameShape(t.rounds[0]?.create, realEvent('github-captured-createauthchallenge-first-call.json'));
    expectSameShape(t.rounds[0]?.verify, realEvent('github-captured-verifyauthchallengeresponse-otp.json'));
    expectRealistic(t);
  });

  it('an SRP start (LEGACY pool): Define and Create get [SRP_A] with challengeMetadata null', async () => {
    const t = await simulateCustomAuth(handlersWith({ define: defineWith({ srp: 'custom' }) }), { start: 'srp' });
    expectSameShape(t.rounds[0]?.define, realEvent('github-captured-defineauthchallenge-after-srp-a.json'));
    expectSameShape(t.rounds[0]?.create, realEvent('github-captured-createauthchallenge-after-srp-a.json'));
    expect(t.result.kind).toBe('tokens');
    expectRealistic(t);
  });

  it('Verify gets the ClientMetadata of RespondToAuthChallenge (LEGACY pool)', async () => {
    const clientMetadata = { redirectUri: 'http://localhost:5173/', signInMethod: 'MAGIC_LINK' };
    const t = await simulateCustomAuth(handlersWith(), { clientMetadata });
    expectSameShape(t.rounds[0]?.verify, realEvent('github-captured-verifyauthchallengeresponse-clientmetadata.json'));
    expect((t.rounds[0]!.verify!.event.request as Json).clientMetadata).toEqual(clientMetadata);
    expectRealistic(t);
  });

  it('later rounds: Define and Create get the grown session and the ClientMetadata; the first round never does', async () => {
    const clientMetadata = { IpAddress: '192.0.2.7' };
    const t = await simulateCustomAuth(handlersWith(), { clientMetadata, answers: wrongThenRight(1), preventUserExistenceErrors: 'ENABLED' });
    const [first, second, third] = t.rounds;
    for (const inv of [first!.define, first!.create!]) {
      expect(inv.api).toBe('InitiateAuth');
      expect(inv.event.request).not.toHaveProperty('clientMetadata');
    }
    expect(first!.verify!.api).toBe('RespondToAuthChallenge');
    const session = [{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: false, challengeMetadata: 'CODE' }];
    for (const inv of [second!.define, second!.create!, second!.verify!]) {
      expect((inv.event.request as Json).clientMetadata).toEqual(clientMetadata);
      expect((inv.event.request as Json).userNotFound).toBe(false);
    }
    expect((second!.define.event.request as Json).session).toEqual(session);
    expect((second!.create!.event.request as Json).session).toEqual(session);
    // A later-round entry has the keys of a real one, in the same order.
    const realEntry = (realEvent('github-captured-defineauthchallenge-after-srp-a.json').request as Json).session as Json[];
    const entry = ((third!.define.event.request as Json).session as Json[])[1]!;
    expect(Object.keys(entry)).toEqual(Object.keys(realEntry[0]!));
    expect(entry).toEqual({ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'CODE' });
    expect(t.session.map((e) => e.challengeResult)).toEqual([false, true]);
    expect(t.result.kind).toBe('tokens');
    expectRealistic(t);
  });

  it('every event of generated flows passes the input contract with no realism warning', async () => {
    await fc.assert(
      fc.asyncProperty(
        userArb({ profile: 'realistic', federated: false }),
        fc.constantFrom('ENABLED' as const, 'LEGACY' as const),
        fc.constantFrom('passwordless' as const, 'srp' as const),
        fc.constantFrom(alwaysRight(), alwaysWrong(), wrongThenRight(2), answerPattern([false, true])),
        async (user, pue, start, answers) => {
          const define = defineWith({ srp: 'password' });
          const t = await simulateCustomAuth({ ...otp, define }, { user, preventUserExistenceErrors: pue, start, answers, clientMetadata: { a: 'b' }, mfa: 'SMS_MFA' });
          expectRealistic(t);
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });
});

describe('simulateCustomAuth: the loop', () => {
  it('an always-right client gets tokens; the session holds one entry per round with Create’s metadata', async () => {
    const t = await simulateCustomAuth(otp);
    expect(t.result).toEqual({ kind: 'tokens' });
    expect(t.session).toEqual([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'EMAIL_OTP-1' }]);
    expect(t.rounds).toHaveLength(2);
    expect(t.rounds[0]!.session).toEqual([]);
    expect(t.rounds[0]!.answer).toMatchObject({ intent: 'right', correct: true });
    expect(t.rounds[0]!.answer!.answer).toBe((t.rounds[0]!.challenge!.privateChallengeParameters as Json).answer);
    expect(t.invocations.map((i) => i.handler)).toEqual(['define', 'create', 'verify', 'define']);
  });

  it('Create’s public parameters go to the client, its private ones to Verify', async () => {
    const t = await simulateCustomAuth(otp);
    const r = t.rounds[0]!;
    expect(r.challenge!.publicChallengeParameters).toEqual(r.create!.response!.publicChallengeParameters);
    expect((r.verify!.event.request as Json).privateChallengeParameters).toEqual(r.create!.response!.privateChallengeParameters);
  });

  it('an always-wrong client fails after the attempts the Define allows', async () => {
    const t = await simulateCustomAuth(otp, { answers: alwaysWrong() });
    expect(t.result).toMatchObject({ kind: 'failed', by: 'define', error: { name: 'NotAuthorizedException' } });
    expect(t.wrongAnswers).toBe(3);
    expect(t.session.map((e) => e.challengeResult)).toEqual([false, false, false]);
  });

  it('wrong twice then right signs in at the third code', async () => {
    const t = await simulateCustomAuth(otp, { answers: wrongThenRight(2) });
    expect(t.result.kind).toBe('tokens');
    expect(t.session.map((e) => e.challengeResult)).toEqual([false, false, true]);
    expect(t.rounds[0]!.answer!.answer).not.toBe(t.rounds[0]!.answer!.expected);
  });

  it('a user not found: LEGACY answers UserNotFoundException without calling a trigger; ENABLED runs the flow with userNotFound true', async () => {
    const legacy = await simulateCustomAuth(otp, { userExists: false });
    expect(legacy.result).toMatchObject({ kind: 'failed', by: 'cognito', error: { name: 'UserNotFoundException' } });
    expect(legacy.invocations).toEqual([]);
    const enabled = await simulateCustomAuth(otp, { userExists: false, preventUserExistenceErrors: 'ENABLED' });
    expect(enabled.result).toMatchObject({ kind: 'failed', by: 'define' });
    expect((enabled.rounds[0]!.define.event.request as Json).userNotFound).toBe(true);
    expect((enabled.rounds[0]!.define.event.request as Json).userAttributes).toEqual({});
    // The client cannot know a code that was never sent: every answer is a wrong guess.
    expect(enabled.rounds.flatMap((r) => (r.answer ? [r.answer.correct] : []))).toEqual([false, false, false]);
    expectRealistic(enabled);
  });

  it('an SRP start with a password step: Cognito runs PASSWORD_VERIFIER itself, then its MFA step', async () => {
    const t = await simulateCustomAuth(handlersWith({ define: defineWith({ srp: 'password' }) }), { start: 'srp', mfa: 'SOFTWARE_TOKEN_MFA' });
    expect(t.rounds[0]!.builtIn).toEqual({ challengeName: 'PASSWORD_VERIFIER', passed: true });
    expect(t.rounds[0]!.create).toBeUndefined();
    expect((t.rounds[1]!.create!.event.request as Json).session).toEqual([
      { challengeName: 'SRP_A', challengeResult: true, challengeMetadata: null },
      { challengeName: 'PASSWORD_VERIFIER', challengeResult: true, challengeMetadata: null },
      { challengeName: 'SOFTWARE_TOKEN_MFA', challengeResult: true, challengeMetadata: null },
    ]);
    expect(t.result.kind).toBe('tokens');
    const wrong = await simulateCustomAuth(handlersWith({ define: defineWith({ srp: 'password' }) }), { start: 'srp', answers: alwaysWrong() });
    expect(wrong.rounds[0]!.builtIn).toEqual({ challengeName: 'PASSWORD_VERIFIER', passed: false });
    expect(wrong.result.kind).toBe('failed');
  });

  it('a handler that crashes ends the flow with the error the client sees', async () => {
    const create = respond((event) => {
      const last = (event.request.session as Json[]).at(-1)!;
      return { challengeMetadata: String(last.challengeMetadata) };
    });
    const t = await simulateCustomAuth(handlersWith({ create }));
    expect(t.result).toMatchObject({ kind: 'error', handler: 'create' });
    const error = (t.result as { error: { text: string } }).error.text;
    expect(error).toMatch(/^UserLambdaValidationException: CreateAuthChallenge failed with error Cannot read properties of undefined/);
  });

  it('a Define that decides nothing ends the flow (InvalidLambdaResponseException, UNVERIFIED text)', async () => {
    const t = await simulateCustomAuth(handlersWith({ define: respond(() => undefined) }));
    expect(t.result).toMatchObject({ kind: 'error', handler: 'define', error: { name: 'InvalidLambdaResponseException' } });
    expect(t.rounds[0]!.define.verdict.rule).toBe('define-auth-challenge/no-decision');
  });

  it('a Verify that leaves answerCorrect null counts as a wrong answer and the flow goes on', async () => {
    const t = await simulateCustomAuth(handlersWith({ verify: respond(() => undefined) }), { answers: alwaysRight() });
    expect(t.session[0]!.challengeResult).toBe(false);
    expect(t.result.kind).toBe('failed');
  });

  it('a Verify that returns a string instead of a boolean ends the flow with Unrecognizable lambda output', async () => {
    const t = await simulateCustomAuth(handlersWith({ verify: respond(() => ({ answerCorrect: 'true' })) }));
    expect(t.result).toMatchObject({ kind: 'error', handler: 'verify', error: { text: 'InvalidLambdaResponseException: Unrecognizable lambda output' } });
  });

  it('a Define that never decides within maxRounds is stuck', async () => {
    const define = respond(() => ({ challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false }));
    const t = await simulateCustomAuth(handlersWith({ define }), { answers: alwaysWrong(), maxRounds: 4 });
    expect(t.result).toEqual({ kind: 'stuck', maxRounds: 4 });
    expect(t.rounds).toHaveLength(4);
  });

  it('a leaked answer does not stop Cognito: the flow goes on', async () => {
    const create = respond(() => ({ publicChallengeParameters: { code: '123456' }, privateChallengeParameters: { answer: '123456' }, challengeMetadata: null }));
    const t = await simulateCustomAuth(handlersWith({ create }));
    expect(t.result.kind).toBe('tokens');
    expect(t.rounds[0]!.create!.verdict.issues.map((i) => i.rule)).toContain('create-auth-challenge/answer-leaked');
  });

  it('rightAnswer as a function serves designs that do not store the answer', async () => {
    const create = respond(() => ({ publicChallengeParameters: { question: '2 + 3' }, privateChallengeParameters: { a: '2', b: '3' }, challengeMetadata: 'CAPTCHA' }));
    const verify = respond((e) => {
      const p = e.request.privateChallengeParameters as Record<string, string>;
      return { answerCorrect: e.request.challengeAnswer === String(Number(p.a) + Number(p.b)) };
    });
    const rightAnswer = (c: { privateChallengeParameters: Readonly<Json> | null }) => String(Number(c.privateChallengeParameters?.a) + Number(c.privateChallengeParameters?.b));
    const t = await simulateCustomAuth(handlersWith({ create, verify }), { rightAnswer });
    expect(t.result.kind).toBe('tokens');
    expect(t.rounds[0]!.answer!.answer).toBe('5');
  });

  it('the handlers see a copy: mutating the event does not change the transcript', async () => {
    const define = respond((event) => {
      (event.request.session as unknown[]).push({ junk: true });
      return { challengeName: 'CUSTOM_CHALLENGE', issueTokens: false, failAuthentication: false };
    });
    const t = await simulateCustomAuth(handlersWith({ define }), { maxRounds: 2, answers: alwaysWrong() });
    expect((t.rounds[0]!.define.event.request as Json).session).toEqual([]);
  });
});

describe('simulateCustomAuth: usage errors', () => {
  it('throws a KitUsageError naming the option', async () => {
    await expect(simulateCustomAuth({ ...otp, create: 'nope' as never })).rejects.toThrow(/handlers\.create must be a function/);
    await expect(simulateCustomAuth(otp, { maxRounds: 0 })).rejects.toThrow(KitUsageError);
    await expect(simulateCustomAuth(otp, { start: 'magic' as never })).rejects.toThrow(/options\.start/);
    await expect(simulateCustomAuth(otp, { clientMetadata: { n: 1 } as never })).rejects.toThrow(/clientMetadata/);
    const federated = fc.sample(userArb({ profile: 'realistic', federated: true }), { seed: 1, numRuns: 1 })[0]!;
    await expect(simulateCustomAuth(otp, { user: federated })).rejects.toThrow(/federated/);
  });

  it('an always-right client that cannot find the right answer says where it looked', async () => {
    const error = await simulateCustomAuth(handlersWith({ create: createWith({ key: 'code' }) })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitUsageError);
    expect((error as Error).message).toMatch(/no string under "answer" \(its keys: code\).*--answer-key/);
  });
});
