/** This handler is broken on purpose: the test proves the kit catches it, and how. */
import { describe, expect, it } from 'vitest';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger, FuzzFailure, fuzzTrigger } from '../../src/fuzz.js';
import { checkResponse } from '../../src/assertions.js';
import { handler } from './handler.mjs';

const event = buildEvent('VerifyAuthChallengeResponse_Authentication', { request: { privateChallengeParameters: { answer: '1234' }, challengeAnswer: '1234' } });

describe('broken: answerCorrect as the string "true"', () => {
  it('passes the naive test a team would write', async () => {
    expect((await handler(event)).response.answerCorrect).toBeTruthy();
  });

  it('is refused by checkResponse, with the path and the rule', async () => {
    const [issue] = checkResponse(event, await handler(event)).errors;
    expect(issue).toMatchObject({ rule: 'verify-auth-challenge-response/answer-not-boolean', path: ['response', 'answerCorrect'], severity: 'error' });
    expect(issue?.message).toContain('Unrecognizable lambda output');
  });

  it('is caught by the fuzzer on the first event, shrunk, with a replayable seed and path', async () => {
    const report = await fuzzTrigger(handler, { trigger: 'verify-auth-challenge-response', runs: 100, seed: 42 });
    expect(report.ok).toBe(false);
    const ce = report.counterexample!;
    expect(ce.rule).toBe('verify-auth-challenge-response/answer-not-boolean');
    expect(ce.kind).toBe('contract');
    expect(ce.output).toHaveProperty('response.answerCorrect', expect.any(String));

    const replay = await fuzzTrigger(handler, { trigger: 'verify-auth-challenge-response', seed: ce.seed, path: ce.path, runs: 100 });
    expect(replay.counterexample?.event).toEqual(ce.event);
  });

  it('fails assertFuzzTrigger with a readable message', async () => {
    const failure = await assertFuzzTrigger(handler, { trigger: 'verify-auth-challenge-response', runs: 100, seed: 42 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(FuzzFailure);
    expect((failure as FuzzFailure).message).toContain('rule: verify-auth-challenge-response/answer-not-boolean');
  });
});
