import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { assertResponse, checkResponse } from '../../src/assertions.js';
import { invokeHandler } from '../../src/harness.js';
import { createChallengeHandler } from './handler.mjs';

interface Sent {
  to: string;
  channel: 'email' | 'sms';
  code: string;
}

function setup() {
  const sent: Sent[] = [];
  const handler = createChallengeHandler(async (message: Sent) => {
    sent.push(message);
  });
  return { sent, handler };
}

const captchaRound = { challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'CAPTCHA' } as const;

describe('create handler', () => {
  it('asks a captcha on the first custom round, with the answer kept private', async () => {
    const { handler, sent } = setup();
    const event = buildEvent('CreateAuthChallenge_Authentication', { request: { challengeName: 'CUSTOM_CHALLENGE', session: [] } });
    const output = await handler(event);
    assertResponse(event, output, { strict: true });
    const { publicChallengeParameters: pub, privateChallengeParameters: priv } = output.response;
    expect(pub.type).toBe('captcha');
    const [, a, b] = /What is (\d) \+ (\d)\?/.exec(pub.question ?? '') ?? [];
    expect(priv.answer).toBe(String(Number(a) + Number(b)));
    expect(sent).toEqual([]);
  });

  it('sends a six-digit code by email once the captcha is solved', async () => {
    const { handler, sent } = setup();
    const event = buildEvent('CreateAuthChallenge_Authentication', {
      request: { challengeName: 'CUSTOM_CHALLENGE', session: [captchaRound], userAttributes: { email: 'jane@example.com' } },
    });
    const output = await handler(event);
    assertResponse(event, output, { strict: true });
    expect(output.response.privateChallengeParameters.answer).toMatch(/^\d{6}$/);
    expect(output.response.publicChallengeParameters).toEqual({ type: 'otp', destination: 'j***@example.com' });
    expect(sent).toEqual([{ to: 'jane@example.com', channel: 'email', code: output.response.privateChallengeParameters.answer }]);
  });

  it('falls back to SMS, and denies a user with neither email nor phone', async () => {
    const { handler, sent } = setup();
    const phoneOnly = buildEvent('CreateAuthChallenge_Authentication', {
      request: { challengeName: 'CUSTOM_CHALLENGE', session: [captchaRound], userAttributes: { email: undefined, phone_number: '+15555550100' } },
    });
    await handler(phoneOnly);
    expect(sent[0]?.channel).toBe('sms');

    const nobody = buildEvent('CreateAuthChallenge_Authentication', {
      request: { challengeName: 'CUSTOM_CHALLENGE', session: [captchaRound], userAttributes: { email: undefined, phone_number: undefined } },
    });
    const outcome = await invokeHandler(handler, nobody);
    expect(outcome.kind === 'threw' && outcome.deliberate).toBe(true);
    expect(outcome.kind === 'threw' ? outcome.cognitoError?.text : '').toBe(
      'UserLambdaValidationException: CreateAuthChallenge failed with error No email address or phone number to send the sign-in code to..',
    );
  });

  it('never leaks an answer into the public parameters (checkResponse agrees on a leak)', async () => {
    const event = buildEvent('CreateAuthChallenge_Authentication', { request: { challengeName: 'CUSTOM_CHALLENGE', session: [] } });
    const leaky = { ...event, response: { publicChallengeParameters: { code: '123456' }, privateChallengeParameters: { answer: '123456' }, challengeMetadata: null } };
    expect(checkResponse(event, leaky).errors.map((i) => i.rule)).toEqual(['create-auth-challenge/answer-leaked']);
  });

  it('keeps the contract on every generated event; users without a destination are denied, not crashed', async () => {
    const { handler } = setup();
    const report = await assertFuzzTrigger(handler, { trigger: 'create-auth-challenge', runs: 150, seed: 42, strict: true });
    expect(report.counts.crash).toBe(0);
    expect(report.counts.held).toBeGreaterThan(0);
    expect(report.denials.map((d) => d.message)).toContain(
      'UserLambdaValidationException: CreateAuthChallenge failed with error No email address or phone number to send the sign-in code to..',
    );
  });
});
