/**
 * DELIBERATELY BROKEN. A verify handler that looks right and passes a naive unit test
 * (`expect(result.response.answerCorrect).toBeTruthy()`), but answers with the *string* "true".
 * Cognito wants a JSON boolean: every sign-in fails with InvalidLambdaResponseException
 * "Unrecognizable lambda output". The kit reports verify-auth-challenge-response/answer-not-boolean.
 */
export const handler = async (event) => {
  const expected = event.request.privateChallengeParameters?.answer;
  // The bug: String(...) — perhaps copied from code that wrote the flag into a string map.
  event.response.answerCorrect = String(expected !== undefined && expected === event.request.challengeAnswer);
  return event;
};
