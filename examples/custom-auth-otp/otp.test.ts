/**
 * The passwordless e-mail OTP flow, tested with the kit: single sign-ins as Cognito runs them
 * (simulateCustomAuth), then every flow property over generated sign-ins (fuzzCustomAuth).
 * In your project, import from 'cognito-trigger-kit/fuzz'.
 */
import { describe, expect, it } from 'vitest';
import { alwaysWrong, formatFlowReport, fuzzCustomAuth, simulateCustomAuth, wrongThenRight } from '../../src/fuzz.js';
import { handler as create } from './create.mjs';
import { handler as define } from './define.mjs';
import { handler as verify } from './verify.mjs';

const handlers = { define, create, verify };

describe('passwordless OTP sign-in', () => {
  it('signs in a user who types the code they received', async () => {
    const t = await simulateCustomAuth(handlers);
    expect(t.result.kind).toBe('tokens');
    expect(t.session).toEqual([{ challengeName: 'CUSTOM_CHALLENGE', challengeResult: true, challengeMetadata: 'EMAIL_OTP-1' }]);
  });

  it('gives three attempts, then fails the sign-in', async () => {
    const t = await simulateCustomAuth(handlers, { answers: alwaysWrong() });
    expect(t.result).toMatchObject({ kind: 'failed', error: { name: 'NotAuthorizedException' } });
    expect(t.session.map((e) => e.challengeResult)).toEqual([false, false, false]);
  });

  it('accepts the code at the third attempt, with a new code each time', async () => {
    const t = await simulateCustomAuth(handlers, { answers: wrongThenRight(2) });
    expect(t.result.kind).toBe('tokens');
    const codes = t.rounds.flatMap((r) => (r.challenge ? [r.challenge.privateChallengeParameters?.answer] : []));
    expect(new Set(codes).size).toBe(3);
  });

  it('never shows the code to the client', async () => {
    const t = await simulateCustomAuth(handlers, { answers: alwaysWrong() });
    for (const { challenge } of t.rounds.filter((r) => r.challenge)) {
      expect(Object.values(challenge!.publicChallengeParameters ?? {})).not.toContain(challenge!.privateChallengeParameters?.answer);
    }
  });

  it('takes a user that does not exist through the same three attempts', async () => {
    const t = await simulateCustomAuth(handlers, { userExists: false, preventUserExistenceErrors: 'ENABLED' });
    expect(t.result.kind).toBe('failed');
    expect(t.rounds.filter((r) => r.challenge)).toHaveLength(3);
  });

  it('keeps every flow property over generated sign-ins', async () => {
    const report = await fuzzCustomAuth(handlers, { runs: 200, strict: true });
    expect(report.ok, formatFlowReport(report)).toBe(true);
  });
});
