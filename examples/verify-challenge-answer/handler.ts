/**
 * Verify auth challenge response: the answer is right when it equals the `answer` that the create
 * handler stored in `privateChallengeParameters`.
 *
 * Compared in constant time so the response time does not tell an attacker how many leading
 * characters of a guess were right.
 */
import { timingSafeEqual } from 'node:crypto';
import type { VerifyAuthChallengeResponseTriggerHandler } from 'aws-lambda';

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  if (a.length !== b.length) {
    // timingSafeEqual throws on different lengths; comparing the secret with itself keeps the time flat.
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
}

export const handler: VerifyAuthChallengeResponseTriggerHandler = async (event) => {
  const expected = event.request.privateChallengeParameters?.answer;
  const given = event.request.challengeAnswer;
  // No stored answer (a round this handler did not create, or a user Cognito made up because
  // PreventUserExistenceErrors is on): never accept.
  event.response.answerCorrect = typeof expected === 'string' && expected !== '' && typeof given === 'string' && sameSecret(expected, given);
  return event;
};
