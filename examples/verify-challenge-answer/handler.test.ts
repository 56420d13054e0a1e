import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventArb } from '../../src/arbitraries.js';
import { buildEvent } from '../../src/builders.js';
import { assertFuzzTrigger } from '../../src/fuzz.js';
import { invokeHandler } from '../../src/harness.js';
import '../../src/vitest.js';
import { handler } from './handler.js';

/** What the handler returned (the test fails with the outcome when it did not return). */
async function outputOf(event: unknown): Promise<unknown> {
  const outcome = await invokeHandler(handler, event);
  expect(outcome.kind, JSON.stringify(outcome)).toBe('returned');
  return outcome.kind === 'returned' ? outcome.output : undefined;
}

const stored = (answer: string | undefined, challengeAnswer: string) =>
  buildEvent('VerifyAuthChallengeResponse_Authentication', {
    request: { privateChallengeParameters: answer === undefined ? {} : { answer }, challengeAnswer },
  });

describe('verify handler', () => {
  it('accepts the stored answer', async () => {
    const event = stored('482913', '482913');
    expect(await outputOf(event)).toAnswerCorrectly(event);
  });

  it('rejects another answer, a prefix of it, and a longer one', async () => {
    for (const given of ['482914', '4829', '4829130', '']) {
      const event = stored('482913', given);
      expect(await outputOf(event)).toAnswerIncorrectly(event);
    }
  });

  it('rejects every answer when Create stored none (a made-up user, another round)', async () => {
    const event = stored(undefined, 'anything');
    expect(await outputOf(event)).toAnswerIncorrectly(event);
  });

  it('accepts exactly the stored answer, for any event Cognito can send', async () => {
    await fc.assert(
      fc.asyncProperty(eventArb('VerifyAuthChallengeResponse_Authentication'), fc.string({ minLength: 1 }), async (event, answer) => {
        const right = { ...event, request: { ...event.request, privateChallengeParameters: { answer }, challengeAnswer: answer } };
        expect(await outputOf(right)).toAnswerCorrectly(right);
      }),
      { numRuns: 50, seed: 11 },
    );
  });

  it('keeps the contract on every generated event (strict)', async () => {
    const report = await assertFuzzTrigger(handler, { trigger: 'verify-auth-challenge-response', runs: 150, seed: 42, strict: true });
    expect(report.counts.held).toBe(150);
  });
});
